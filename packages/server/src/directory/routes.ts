import type { App } from '../http/app.js';
import { registerMatchRoutes } from './match-routes.js';
import { registerServiceReferralRoutes } from './service-referral-routes.js';
import { registerServiceRoutes } from './service-routes.js';

/** Routes of the directory module: services and capacity, matching and gaps, service referrals (issue 4). */
export function registerDirectoryRoutes(app: App): void {
  registerServiceRoutes(app);
  registerMatchRoutes(app);
  registerServiceReferralRoutes(app);
}
