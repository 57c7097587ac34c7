import type { App } from '../http/app.js';
import { registerAccountRoutes } from './account-routes.js';
import { registerCaseFileRoutes } from './case-file-routes.js';
import { registerCaseListRoutes } from './case-routes.js';
import { registerPersonRoutes } from './person-routes.js';
import { registerSpecialNeedsRoutes } from './special-needs.js';
import { registerTeamRoutes } from './team-routes.js';

export function registerCaseRoutes(app: App): void {
  registerCaseListRoutes(app);
  registerPersonRoutes(app);
  registerSpecialNeedsRoutes(app);
  registerCaseFileRoutes(app);
  registerAccountRoutes(app);
  registerTeamRoutes(app);
}
