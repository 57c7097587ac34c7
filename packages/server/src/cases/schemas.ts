import {
  CASE_SECTIONS,
  DISABILITY_TYPES,
  MIGRATION_STATUSES,
  VULNERABILITIES,
  ZAgeBand,
  ZCaseStage,
  ZExploitationForm,
  ZGender,
} from '@opennrm/core';
import { z } from 'zod';
import { ZPage } from '../organisations/schemas.js';
import { ZPersonIdentity } from './person-store.js';

export const ZCaseQuery = ZPage.extend({
  stage: ZCaseStage.optional(),
  child: z.enum(['true', 'false']).optional(),
  sort: z.enum(['first_contact_desc', 'first_contact_asc', 'reference']).default('first_contact_desc'),
});

export const ZCaseSummary = z.object({
  id: z.uuid(),
  reference: z.string(),
  stage: z.string(),
  isChild: z.boolean(),
  gender: z.string(),
  ageBand: z.string(),
  nationality: z.string().nullable(),
  /** Absent when the caller's purposes do not show the exploitation (data minimisation). */
  exploitationForms: z.array(z.string()).optional(),
  region: z.string(),
  leadOrganisation: z.object({ id: z.uuid(), name: z.string() }),
  firstContactAt: z.string(),
});
export const ZCaseList = z.object({
  items: z.array(ZCaseSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

const ZSpecialNeedsFields = {
  vulnerabilities: z.array(z.enum(VULNERABILITIES)).optional(),
  disabilities: z.array(z.enum(DISABILITY_TYPES)).optional(),
  dependants: z.number().int().nullable().optional(),
};

export const ZCaseDetail = ZCaseSummary.extend({
  personId: z.uuid(),
  exploitationPlace: z.string().nullable().optional(),
  exploitationCountries: z.array(z.string()).optional(),
  /** Demographics (plain), when the 'demographics' section is visible. */
  languages: z.array(z.string()).optional(),
  preferredLanguage: z.string().nullable().optional(),
  migrationStatus: z.enum(MIGRATION_STATUSES).nullable().optional(),
  /** Special needs (plain), when the 'special_needs' section is visible. */
  ...ZSpecialNeedsFields,
  /** The case-file sections hidden from the caller (the web app says so instead of "not recorded"). */
  hiddenSections: z.array(z.enum(CASE_SECTIONS)),
  referringOrganisation: z.object({ id: z.uuid(), name: z.string(), kind: z.string() }),
  team: z.array(
    z.object({
      organisation: z.object({ id: z.uuid(), name: z.string(), kind: z.string() }),
      purpose: z.string(),
      addedAt: z.string(),
    }),
  ),
});

export const ZCaseCreate = z.object({
  person: ZPersonIdentity.partial().extend({
    gender: ZGender,
    birthYear: z.number().int().min(1900).max(2100).nullable().default(null),
    ageUncertain: z.boolean().default(false),
    reasonsToBelieveChild: z.boolean().default(false),
    nationality: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .nullable()
      .default(null),
    languages: z.array(z.string().min(2).max(12)).max(10).default([]),
    preferredLanguage: z.string().min(2).max(12).nullable().default(null),
  }),
  exploitationForms: z.array(ZExploitationForm).min(1).max(16),
  exploitationPlace: z.enum(['in_country', 'abroad', 'both', 'unknown']).default('unknown'),
  region: z.string().trim().min(1).max(64),
});

export const ZPersonView = ZPersonIdentity.partial().extend({
  id: z.uuid(),
  gender: z.string(),
  birthYear: z.number().int().nullable(),
  ageUncertain: z.boolean(),
  ageBand: ZAgeBand,
  nationality: z.string().nullable(),
  languages: z.array(z.string()),
  preferredLanguage: z.string().nullable(),
  migrationStatus: z.enum(MIGRATION_STATUSES).nullable().optional(),
  ...ZSpecialNeedsFields,
  hiddenFields: z.array(z.string()),
});

export const ZAccessLog = z.object({
  items: z.array(
    z.object({
      at: z.string(),
      actorOrganisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
      action: z.string(),
      purpose: z.string().nullable(),
      outcome: z.string(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
