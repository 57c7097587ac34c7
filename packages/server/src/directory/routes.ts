import type { App } from '../http/app.js';

/** Routes of the directory module. */
export function registerDirectoryRoutes(_app: App): void {}
