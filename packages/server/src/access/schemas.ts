import { ROLES, SUPPORTED_LOCALES } from '@opennrm/core';
import { z } from 'zod';

export const ZEmail = z.string().trim().toLowerCase().email().max(254);
export const ZLocale = z.enum(SUPPORTED_LOCALES);
export const ZRole = z.enum(ROLES);

export const ZLoginRequest = z.object({
  email: ZEmail,
  password: z.string().min(1).max(1024),
});

export const ZCodeRequest = z.object({ code: z.string().trim().min(6).max(32) });

export const ZPasswordChangeRequest = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(1).max(1024),
});

export const ZLocaleRequest = z.object({ locale: ZLocale });

export const ZSessionStage = z.enum([
  'password_change_required',
  'mfa_enrolment_required',
  'mfa_required',
  'ready',
]);

export const ZSessionUser = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(ZRole),
  locale: z.string(),
  mfaEnrolled: z.boolean(),
  /** A seeded demo account: it may skip MFA, but only while the server runs in demo mode. */
  demo: z.boolean(),
  organisation: z.object({
    id: z.uuid(),
    name: z.string(),
    kind: z.string(),
    country: z.string(),
    region: z.string(),
  }),
});

export const ZSession = z.union([
  z.object({ authenticated: z.literal(false), demoMode: z.boolean() }),
  z.object({
    authenticated: z.literal(true),
    demoMode: z.boolean(),
    stage: ZSessionStage,
    user: ZSessionUser,
    csrfToken: z.string(),
    idleTimeoutSeconds: z.number().int(),
    absoluteExpiresAt: z.string(),
  }),
]);
export type TSession = z.infer<typeof ZSession>;

export const ZEnrolment = z.object({ otpauthUri: z.string(), qrCodeDataUrl: z.string(), secret: z.string() });
export const ZEnrolmentConfirmed = z.object({ recoveryCodes: z.array(z.string()), session: ZSession });
