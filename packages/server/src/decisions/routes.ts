import type { App } from '../http/app.js';

export function registerDecisionRoutes(_app: App): void {
  // Routes of this module are registered here.
}
