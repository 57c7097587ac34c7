import type { App } from '../http/app.js';

/** Routes of the insights module. */
export function registerInsightsRoutes(_app: App): void {}
