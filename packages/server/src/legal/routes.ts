import type { App } from '../http/app.js';

/** Routes of the legal module. */
export function registerLegalRoutes(_app: App): void {}
