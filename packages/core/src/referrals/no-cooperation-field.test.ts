import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZScreeningConclusion } from '../identification/conclusion.js';
import { ZRecoveryExtension, ZRecoveryWithholding } from '../identification/recovery-period.js';
import { ZCountryProfile } from '../profiles/schema.js';
import { ZAnonymousNotification } from './anonymous-notification.js';
import { ZConsent, ZConsentGiven } from './consent.js';
import { ZTraffickingElements } from './elements.js';
import { ZReferralDraft } from './referral-draft.js';
import { ZReferralSubmission } from './submission.js';
import { ZConsentAnswers, ZReferralWorkingDraft } from './working-draft.js';

/**
 * Identification and assistance never depend on cooperating with the police (CoE art.
 * 10 and 12(6), EU art. 11(3)). A rule cannot read a field that does not exist: this
 * proves that no data shape the identification and referral rules take holds one.
 */
const COOPERATION = /cooperat|co_operat|witness|testif|police|law_?enforcement|prosecut|criminal_proceed/i;

function propertyNames(schema: z.ZodType): string[] {
  const names: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'properties' && value !== null && typeof value === 'object')
          names.push(...Object.keys(value));
        walk(value);
      }
    }
  };
  walk(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }));
  return names;
}

describe('no rule can read a cooperation-with-police field', () => {
  it.each([
    ['referral draft', ZReferralDraft],
    ['trafficking elements', ZTraffickingElements],
    ['anonymous notification', ZAnonymousNotification],
    ['screening conclusion', ZScreeningConclusion],
    ['recovery extension', ZRecoveryExtension],
    ['recovery withholding', ZRecoveryWithholding],
    ['country profile', ZCountryProfile],
    ['consent', ZConsent],
    ['consent as given', ZConsentGiven],
    ['referral submission', ZReferralSubmission],
    ['working referral draft', ZReferralWorkingDraft],
    ['consent answers', ZConsentAnswers],
  ] as const)('the %s has no such field', (_name, schema) => {
    const names = propertyNames(schema);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => COOPERATION.test(name))).toEqual([]);
  });

  it('the walker does find such a field when there is one', () => {
    const tainted = z.object({ person: z.object({ cooperatesWithPolice: z.boolean() }) });
    expect(propertyNames(tainted).filter((name) => COOPERATION.test(name))).toEqual(['cooperatesWithPolice']);
  });
});
