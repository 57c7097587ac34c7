import { z } from 'zod';

/**
 * Gender as the person states it. Compatible with IOM's HTCDS, which groups
 * transgender and gender non-conforming into one value (see `htcdsGender`).
 * `unknown` also covers "I don't want to answer": no question is mandatory.
 */
export const GENDERS = ['female', 'male', 'transgender', 'gender_nonconforming', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];
export const ZGender = z.enum(GENDERS);

/** The four HTCDS gender values, for exchange and for statistics with small cells. */
export const HTCDS_GENDERS = ['female', 'male', 'transgender_nonconforming', 'unknown'] as const;
export type HtcdsGender = (typeof HTCDS_GENDERS)[number];

export function htcdsGender(gender: Gender): HtcdsGender {
  switch (gender) {
    case 'female':
    case 'male':
    case 'unknown':
      return gender;
    case 'transgender':
    case 'gender_nonconforming':
      return 'transgender_nonconforming';
    default: {
      const unreachable: never = gender;
      return unreachable;
    }
  }
}

export function isGender(value: unknown): value is Gender {
  return typeof value === 'string' && (GENDERS as readonly string[]).includes(value);
}
