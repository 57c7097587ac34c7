import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The server serves dist/ and the API at /api on one origin (port 3000) under a strict CSP:
// no inline scripts and no injected <style> elements, so CSS comes from plain files that
// Vite extracts, and pages are split by route (React.lazy) to keep the first load small.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    // '@opennrm/core' is read from its TypeScript source (what its 'source' export
    // condition names). Not through a global `conditions: ['source']`: react-aria,
    // react-stately and @internationalized declare a 'source' condition too, pointing at
    // files they do not publish, and the dev server then fails to resolve them.
    alias: { '@opennrm/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)) },
    conditions: [...defaultClientConditions],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Inlined assets would become data: URLs the CSP may refuse; keep every asset a file.
    assetsInlineLimit: 0,
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Libraries every page needs, in long-lived chunks of their own: they change less
        // often than the app, so browsers keep them cached across releases. react-aria is
        // left to the automatic split so that each page loads only the widgets it uses.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'router', test: /node_modules[\\/]react-router[\\/]/ },
            { name: 'intl', test: /node_modules[\\/](react-intl|@formatjs|intl-messageformat)[\\/]/ },
            { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    // The API runs on the server (npm run dev at the root, port 3000); OPENNRM_API points elsewhere.
    proxy: {
      '/api': { target: process.env.OPENNRM_API ?? 'http://localhost:3000', changeOrigin: false },
    },
  },
});
