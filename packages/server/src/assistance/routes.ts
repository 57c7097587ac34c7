import type { App } from '../http/app.js';

/** Routes of the assistance module. */
export function registerAssistanceRoutes(_app: App): void {}
