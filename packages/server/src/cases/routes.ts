import type { App } from '../http/app.js';
import { registerCaseListRoutes } from './case-routes.js';
import { registerPersonRoutes } from './person-routes.js';

export function registerCaseRoutes(app: App): void {
  registerCaseListRoutes(app);
  registerPersonRoutes(app);
}
