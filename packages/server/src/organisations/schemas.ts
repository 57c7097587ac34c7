import { ORGANISATION_KINDS } from '@opennrm/core';
import { z } from 'zod';
import { ZEmail, ZLocale, ZRole } from '../access/schemas.js';

export const ZPage = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export const ZIdParams = z.object({ id: z.uuid() });

export const ZOrganisationKind = z.enum(ORGANISATION_KINDS);

export const ZOrganisationInput = z.object({
  name: z.string().trim().min(2).max(200),
  kind: ZOrganisationKind,
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'Use a two-letter ISO 3166 country code')
    .describe('ISO 3166-1 alpha-2'),
  region: z.string().trim().min(1).max(64),
  contactEmail: z.string().trim().email().max(254).nullish(),
  contactPhone: z.string().trim().max(40).nullish(),
});
export const ZOrganisationPatch = ZOrganisationInput.partial().extend({ active: z.boolean().optional() });

export const ZOrganisation = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.string(),
  country: z.string(),
  region: z.string(),
  active: z.boolean(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  userCount: z.number().int(),
});

export const ZOrganisationQuery = ZPage.extend({
  kind: ZOrganisationKind.optional(),
  region: z.string().max(64).optional(),
  q: z.string().trim().max(100).optional(),
});

export const ZOrganisationList = z.object({
  items: z.array(ZOrganisation),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const ZStaffUser = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(ZRole),
  locale: z.string(),
  mfaEnrolled: z.boolean(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
});

export const ZUserList = z.object({
  items: z.array(ZStaffUser),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const ZUserCreate = z.object({
  email: ZEmail,
  displayName: z.string().trim().min(1).max(120),
  roles: z.array(ZRole).min(1).max(9),
  locale: ZLocale.default('en'),
});
export const ZUserPatch = z.object({
  displayName: z.string().trim().min(1).max(120).optional(),
  roles: z.array(ZRole).min(1).max(9).optional(),
  disabled: z.boolean().optional(),
  locale: ZLocale.optional(),
});
export const ZUserCreated = z.object({ user: ZStaffUser, temporaryPassword: z.string() });
export const ZTemporaryPassword = z.object({ temporaryPassword: z.string() });
