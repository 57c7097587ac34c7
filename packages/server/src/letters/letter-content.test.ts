import { GENERIC_COE_EU_PROFILE, UK_LIKE_PROFILE, ZCountryProfile } from '@opennrm/core';
import { describe, expect, it } from 'vitest';
import { writer } from './compose.js';
import { type DecisionLetterData, decisionLetter, outcomeLabel } from './decision-letter.js';
import type { LetterBlock, LetterModel } from './pdf.js';
import { type ReferralLetterData, referralConfirmationLetter } from './referral-confirmation.js';

function words(model: LetterModel): string {
  const block = (b: LetterBlock): string[] => {
    switch (b.kind) {
      case 'heading':
        return [b.text];
      case 'paragraph':
      case 'notice':
        return b.spans.map((s) => s.text);
      case 'facts':
        return b.rows.flatMap((r) => [r.label, r.value]);
      case 'list':
        return b.items.flatMap((item) => item.map((s) => s.text));
    }
  };
  return [model.title, ...model.blocks.flatMap(block)].join('\n').replace(/[\u2066-\u2069]/g, '');
}

const referral: ReferralLetterData = {
  referralId: 'r',
  reference: 'NRM-2026-000001',
  personId: 'p',
  preferredLanguage: 'en',
  referredAt: new Date('2026-03-02T09:30:00Z'),
  reasonableGroundsDueAt: new Date('2026-03-09T22:59:59Z'),
  isChild: false,
  guardianAppointed: false,
  childProtectionOrg: null,
  interpreterLanguage: null,
  referrer: { name: 'Harbour Support Centre', email: 'help@harbour.example', phone: null },
  authority: { name: 'Identification Authority West', email: null, phone: null },
  team: ['Harbour Support Centre', 'Identification Authority West'],
  profile: GENERIC_COE_EU_PROFILE,
};

const decision: DecisionLetterData = {
  decisionId: 'd',
  reference: 'NRM-2026-000001',
  personId: 'p',
  preferredLanguage: 'en',
  stage: 'conclusive_grounds',
  outcome: 'modern_slavery_slavery_servitude_forced_labour',
  positive: true,
  decidedAt: new Date('2026-06-01T10:00:00Z'),
  reasons: 'First paragraph.\n\nSecond paragraph.',
  replacesEarlier: false,
  isChild: false,
  guardianAppointed: false,
  childProtectionOrg: null,
  authority: { name: 'Single Competent Authority', email: 'sca@example.org', phone: null },
  referrer: { name: 'Harbour Support Centre', email: null, phone: '+44 20 7946 0000' },
  recovery: null,
  profile: UK_LIKE_PROFILE,
};

describe('referral confirmation', () => {
  it('states the profile’s deadline and recovery period in a two-stage system', () => {
    const text = words(referralConfirmationLetter(referral, 'en'));
    expect(text).toContain('within 5 working days, by 9 March 2026');
    expect(text).toContain('at least 30 days');
    expect(text).toContain('Only the organisations working on your case can see your information');
    expect(text).toContain('Harbour Support Centre and Identification Authority West');
  });

  it('promises no reasonable-grounds deadline in a one-stage system', () => {
    const oneStage = ZCountryProfile.parse({
      ...GENERIC_COE_EU_PROFILE,
      decisionStages: 1,
      outcomeCategories: { conclusiveGrounds: GENERIC_COE_EU_PROFILE.outcomeCategories.conclusiveGrounds },
      recoveryPeriodDays: 60,
    });
    const text = words(referralConfirmationLetter({ ...referral, profile: oneStage }, 'en'));
    expect(text).toContain('will decide whether you are identified as a victim');
    expect(text).not.toContain('working days');
    expect(text).toContain('at least 60 days');
  });

  it('writes to a child’s guardian, never to the child as the addressee', () => {
    const model = referralConfirmationLetter({ ...referral, isChild: true, childProtectionOrg: null }, 'en');
    expect(model.blocks[0]).toEqual({
      kind: 'paragraph',
      spans: [
        {
          text: 'To the guardian to be appointed, in the care of \u2068child protection services\u2069',
          bold: true,
        },
      ],
    });
    expect(model.title).toBe('Confirmation of a child’s referral');
  });

  it('names the person nowhere, not even in the document title', () => {
    const model = referralConfirmationLetter(referral, 'uk');
    expect(model.documentTitle).toBe('Підтвердження вашого направлення NRM-2026-000001');
  });
});

describe('decision letter', () => {
  it('labels the UK-like conclusive outcomes in the letter’s language', () => {
    expect(words(decisionLetter(decision, 'en'))).toContain(
      'Victim of modern slavery (slavery, servitude, or forced or compulsory labour)',
    );
    expect(words(decisionLetter(decision, 'es'))).toContain('Víctima de esclavitud moderna');
  });

  it('reads an outcome a custom profile added as positive or negative', () => {
    const custom = ZCountryProfile.parse({
      ...GENERIC_COE_EU_PROFILE,
      outcomeCategories: {
        ...GENERIC_COE_EU_PROFILE.outcomeCategories,
        conclusiveGrounds: [
          { id: 'victim_labour', positive: true, labelKey: 'custom.victim_labour' },
          { id: 'no', positive: false, labelKey: 'custom.no' },
        ],
      },
    });
    const w = writer('en', 'UTC');
    expect(
      outcomeLabel(w, {
        stage: 'conclusive_grounds',
        outcome: 'victim_labour',
        positive: true,
        profile: custom,
      }),
    ).toBe('Positive decision');
  });

  it('keeps support after a positive conclusive decision for the move-on period', () => {
    const text = words(decisionLetter(decision, 'en'));
    expect(text).toContain('You are identified as a victim of human trafficking.');
    expect(text).toContain('Support continues for at least 45 days after this decision.');
    expect(text).not.toContain('If you disagree');
  });

  it('keeps each paragraph of the reasons, with its direction taken from its own text', () => {
    const model = decisionLetter(decision, 'ar');
    const reasons = model.blocks.filter((b) => b.kind === 'paragraph' && b.direction === 'auto');
    expect(reasons.map((b) => (b.kind === 'paragraph' ? b.spans[0]?.text : ''))).toEqual([
      'First paragraph.',
      'Second paragraph.',
    ]);
  });

  it('says when a decision replaces an earlier one after reconsideration', () => {
    const text = words(decisionLetter({ ...decision, replacesEarlier: true }, 'en'));
    expect(text).toContain('This decision replaces an earlier decision');
  });

  it('gives the minimum recovery period and no removal when the period row is not there yet', () => {
    const text = words(
      decisionLetter(
        { ...decision, stage: 'reasonable_grounds', outcome: 'positive', profile: GENERIC_COE_EU_PROFILE },
        'en',
      ),
    );
    expect(text).toContain('at least 30 days from the date of this decision');
    expect(text).toContain('During this period you cannot be removed from the country.');
  });
});
