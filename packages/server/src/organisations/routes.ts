import type { App } from '../http/app.js';
import { registerOrganisationCrudRoutes } from './organisation-routes.js';
import { registerUserRoutes } from './user-routes.js';

export function registerOrganisationRoutes(app: App): void {
  registerOrganisationCrudRoutes(app);
  registerUserRoutes(app);
}
