import { z } from 'zod';
import { ZDisabilityType } from '../cases/special-needs.js';
import { ZPersonLanguage } from '../i18n/locales.js';
import { ZRegionCode } from '../regions.js';
import { ZServiceKind } from './vocabulary.js';

/**
 * Genders a service may say it accepts. An empty list means "every gender"; 'unknown'
 * is not a group a service admits, it is what a person may answer (or not answer).
 * Shelters for men are exactly what the field lacks: a provider says so here.
 */
export const SERVICE_GENDERS = ['female', 'male', 'transgender', 'gender_nonconforming'] as const;
export type ServiceGender = (typeof SERVICE_GENDERS)[number];
export const ZServiceGender = z.enum(SERVICE_GENDERS);

const ZAge = z.number().int().min(0).max(120);
const ZText = (max: number) => z.string().trim().min(1).max(max);

/**
 * What a provider says about one of its services (no personal data). Regions: empty or
 * 'national' means nationwide; languages: those the staff speak; accessibility: the
 * disability types the service is accessible for.
 */
export const ZServiceFields = z.strictObject({
  kind: ZServiceKind,
  name: z.string().trim().min(2).max(200),
  description: ZText(2000).nullable(),
  regions: z.array(ZRegionCode).max(50),
  languages: z.array(ZPersonLanguage).max(60),
  genders: z.array(ZServiceGender).max(SERVICE_GENDERS.length),
  minAge: ZAge.nullable(),
  maxAge: ZAge.nullable(),
  lgbtiSafe: z.boolean(),
  accessibility: z.array(ZDisabilityType).max(4),
  acceptsWithoutStatus: z.boolean(),
  openingHours: ZText(500).nullable(),
  contactPhone: ZText(40).nullable(),
  contactEmail: z.email().max(254).nullable(),
});
export type ServiceFields = z.output<typeof ZServiceFields>;

/** True when the age range is empty (a minimum above the maximum). */
export function ageRangeInverted(minAge: number | null, maxAge: number | null): boolean {
  return minAge !== null && maxAge !== null && minAge > maxAge;
}

/** The capacity a provider reports: free and total places, and the waiting time in days. */
export const ZCapacityUpdate = z
  .strictObject({
    capacityTotal: z.number().int().min(0).max(100_000).nullable(),
    capacityFree: z.number().int().min(0).max(100_000).nullable(),
    waitingDays: z.number().int().min(0).max(3650).nullable(),
  })
  .refine((c) => c.capacityTotal === null || c.capacityFree === null || c.capacityFree <= c.capacityTotal, {
    message: 'Free places cannot exceed the total',
    path: ['capacityFree'],
  });
export type CapacityUpdate = z.output<typeof ZCapacityUpdate>;
