import type { App } from '../http/app.js';
import { registerAnonymousNotificationRoutes } from './anonymous-routes.js';
import { registerConsentRoutes } from './consent-routes.js';
import { registerDuplicateRoutes } from './duplicate-routes.js';
import { registerReferralRoutesOnly } from './referral-routes.js';

/** Referrals, consents, possible duplicates and anonymous notifications (issue 3). */
export function registerReferralRoutes(app: App): void {
  registerReferralRoutesOnly(app);
  registerConsentRoutes(app);
  registerDuplicateRoutes(app);
  registerAnonymousNotificationRoutes(app);
}
