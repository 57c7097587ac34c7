import type { App } from '../http/app.js';

/** Routes of the caseload module. */
export function registerCaseloadRoutes(_app: App): void {}
