import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Screenshots of an earlier run must not pass for this run's: remove them first. */
export default function globalSetup(): void {
  const dir = fileURLToPath(new URL('../artifacts/e2e/', import.meta.url));
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (name.endsWith('.png')) rmSync(`${dir}${name}`, { force: true });
}
