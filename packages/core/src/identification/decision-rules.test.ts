import { describe, expect, it } from 'vitest';
import { CASE_STAGES } from '../cases/stage.js';
import { GENERIC_COE_EU_PROFILE } from '../profiles/generic-coe-eu.js';
import { type CountryProfile, ZCountryProfile } from '../profiles/schema.js';
import { UK_LIKE_PROFILE } from '../profiles/uk-like.js';
import {
  checkDecision,
  conclusiveGroundsDue,
  decisionDue,
  mayDecideCase,
  mayReview,
  overturnOutcome,
  panelProblem,
  reconsiderationRefusal,
  recoveryChangeRefusal,
  recoveryDaysLeft,
  recoveryPeriodDaysFor,
  stageAfterDecision,
  standardFor,
} from './decision-rules.js';

const ONE_STAGE: CountryProfile = ZCountryProfile.parse({
  ...GENERIC_COE_EU_PROFILE,
  id: 'one_stage',
  decisionStages: 1,
  outcomeCategories: { conclusiveGrounds: GENERIC_COE_EU_PROFILE.outcomeCategories.conclusiveGrounds },
  conclusiveAfterRecoveryDays: 10,
});

describe('decision order', () => {
  it('asks for reasonable grounds first under a two-stage profile', () => {
    expect(decisionDue('awaiting_reasonable_grounds', UK_LIKE_PROFILE)).toBe('reasonable_grounds');
    expect(decisionDue('awaiting_conclusive_grounds', UK_LIKE_PROFILE)).toBe('conclusive_grounds');
    expect(decisionDue('recovery_period', UK_LIKE_PROFILE)).toBeNull();
    expect(decisionDue('identified', UK_LIKE_PROFILE)).toBeNull();
  });

  it('asks only for the conclusive decision under a one-stage profile', () => {
    expect(decisionDue('awaiting_conclusive_grounds', ONE_STAGE)).toBe('conclusive_grounds');
    expect(decisionDue('awaiting_reasonable_grounds', ONE_STAGE)).toBe('conclusive_grounds');
  });

  it('waits for no decision at stages outside the identification path', () => {
    const waiting = CASE_STAGES.filter((stage) => decisionDue(stage, UK_LIKE_PROFILE) !== null);
    expect(waiting).toEqual(['awaiting_reasonable_grounds', 'awaiting_conclusive_grounds']);
  });

  it('starts the recovery period on a positive reasonable-grounds decision', () => {
    const check = checkDecision({
      caseStage: 'awaiting_reasonable_grounds',
      stage: 'reasonable_grounds',
      outcome: 'positive',
      profile: UK_LIKE_PROFILE,
    });
    expect(check).toMatchObject({
      ok: true,
      nextStage: 'recovery_period',
      startsRecoveryPeriod: true,
      standard: 'reasonable_grounds_to_believe',
    });
  });

  it('ends the path on a negative decision at either stage', () => {
    expect(stageAfterDecision('reasonable_grounds', false)).toBe('not_identified');
    expect(stageAfterDecision('conclusive_grounds', false)).toBe('not_identified');
    expect(stageAfterDecision('conclusive_grounds', true)).toBe('identified');
  });

  it('refuses the conclusive decision while the recovery period runs', () => {
    expect(
      checkDecision({
        caseStage: 'recovery_period',
        stage: 'conclusive_grounds',
        outcome: 'modern_slavery_trafficking',
        profile: UK_LIKE_PROFILE,
      }),
    ).toEqual({ ok: false, refusal: 'recovery_period_running' });
  });

  it('refuses a second reasonable-grounds decision', () => {
    expect(
      checkDecision({
        caseStage: 'recovery_period',
        stage: 'reasonable_grounds',
        outcome: 'positive',
        profile: UK_LIKE_PROFILE,
      }),
    ).toEqual({ ok: false, refusal: 'not_awaiting_this_decision' });
  });

  it('refuses an outcome the profile does not list for the stage', () => {
    expect(
      checkDecision({
        caseStage: 'awaiting_conclusive_grounds',
        stage: 'conclusive_grounds',
        outcome: 'trafficking',
        profile: UK_LIKE_PROFILE,
      }),
    ).toEqual({ ok: false, refusal: 'outcome_not_in_profile' });
    expect(
      checkDecision({
        caseStage: 'awaiting_conclusive_grounds',
        stage: 'conclusive_grounds',
        outcome: 'positive',
        profile: GENERIC_COE_EU_PROFILE,
      }),
    ).toEqual({ ok: false, refusal: 'outcome_not_in_profile' });
  });

  it('refuses a reasonable-grounds decision under a one-stage profile', () => {
    expect(
      checkDecision({
        caseStage: 'awaiting_conclusive_grounds',
        stage: 'reasonable_grounds',
        outcome: 'positive',
        profile: ONE_STAGE,
      }),
    ).toEqual({ ok: false, refusal: 'stage_not_in_profile' });
  });

  it('records the standard of proof fixed by the stage', () => {
    expect(standardFor('reasonable_grounds')).toBe('reasonable_grounds_to_believe');
    expect(standardFor('conclusive_grounds')).toBe('balance_of_probabilities');
  });
});

describe('who decides', () => {
  it('lets the competent authority on the team decide', () => {
    expect(
      mayDecideCase({
        profile: UK_LIKE_PROFILE,
        organisationKind: 'competent_authority',
        teamPurposes: ['identification'],
      }),
    ).toBe(true);
  });

  it('refuses an organisation on the team for another purpose, or of a kind that does not decide', () => {
    expect(
      mayDecideCase({
        profile: UK_LIKE_PROFILE,
        organisationKind: 'competent_authority',
        teamPurposes: ['assistance'],
      }),
    ).toBe(false);
    expect(
      mayDecideCase({ profile: UK_LIKE_PROFILE, organisationKind: 'ngo', teamPurposes: ['identification'] }),
    ).toBe(false);
  });
});

describe('recovery period', () => {
  it('is never shorter than 30 days', () => {
    expect(recoveryPeriodDaysFor(UK_LIKE_PROFILE)).toBe(45);
    expect(recoveryPeriodDaysFor({ ...GENERIC_COE_EU_PROFILE, recoveryPeriodDays: 12 })).toBe(30);
  });

  it('counts the days left in local days, none on the last day', () => {
    const end = new Date('2026-03-31T22:59:59.999Z'); // end of 31 March, London summer time
    expect(recoveryDaysLeft(end, new Date('2026-03-01T10:00:00Z'), 'Europe/London')).toBe(30);
    expect(recoveryDaysLeft(end, new Date('2026-03-30T23:30:00Z'), 'Europe/London')).toBe(0);
    expect(recoveryDaysLeft(end, new Date('2026-04-02T10:00:00Z'), 'Europe/London')).toBe(0);
  });

  it('sets the conclusive target from the end of the period when the profile has one', () => {
    expect(conclusiveGroundsDue(new Date('2026-03-31T21:59:59.999Z'), ONE_STAGE)?.toISOString()).toBe(
      '2026-04-10T21:59:59.999Z',
    );
    expect(conclusiveGroundsDue(new Date(), UK_LIKE_PROFILE)).toBeNull();
    expect(conclusiveGroundsDue(null, ONE_STAGE)).toBeNull();
  });

  it('may be extended after it ended until the conclusive decision, but not withheld then', () => {
    expect(recoveryChangeRefusal('extend', 'running', 'recovery_period')).toBeNull();
    expect(recoveryChangeRefusal('extend', 'ended', 'awaiting_conclusive_grounds')).toBeNull();
    expect(recoveryChangeRefusal('withhold', 'running', 'recovery_period')).toBeNull();
    expect(recoveryChangeRefusal('withhold', 'ended', 'awaiting_conclusive_grounds')).toBe('period_over');
  });

  it('may not be changed once withheld or once identification is complete', () => {
    expect(recoveryChangeRefusal('extend', 'withheld', 'awaiting_conclusive_grounds')).toBe(
      'period_withheld',
    );
    expect(recoveryChangeRefusal('extend', 'ended', 'identified')).toBe('identification_completed');
    expect(recoveryChangeRefusal('withhold', 'running', 'not_identified')).toBe('identification_completed');
  });
});

describe('reconsideration and review', () => {
  it('reconsiders only a negative decision in force, one request at a time', () => {
    const negative = { positive: false, superseded: false, openReconsideration: false };
    expect(reconsiderationRefusal(negative)).toBeNull();
    expect(reconsiderationRefusal({ ...negative, positive: true })).toBe('decision_positive');
    expect(reconsiderationRefusal({ ...negative, superseded: true })).toBe('decision_superseded');
    expect(reconsiderationRefusal({ ...negative, openReconsideration: true })).toBe('reconsideration_open');
  });

  it('never lets the decision maker review their own decision', () => {
    expect(mayReview('user-a', 'user-a')).toBe(false);
    expect(mayReview('user-b', 'user-a')).toBe(true);
  });

  it('requires a panel of at least two organisations of different kinds', () => {
    const ngo = { organisationId: 'o1', kind: 'ngo', role: 'member' } as const;
    const authority = { organisationId: 'o2', kind: 'competent_authority', role: 'chair' } as const;
    const otherNgo = { organisationId: 'o3', kind: 'ngo', role: 'member' } as const;
    expect(panelProblem([ngo, authority])).toBeNull();
    expect(panelProblem([ngo])).toBe('too_few_organisations');
    expect(panelProblem([ngo, otherNgo])).toBe('single_kind');
    expect(panelProblem([ngo, ngo, authority])).toBe('duplicate_organisation');
    expect(panelProblem([ngo, authority, { ...otherNgo, role: 'chair' }])).toBe('chairs');
  });

  it('replaces an overturned decision with a positive outcome of the same stage', () => {
    expect(overturnOutcome(UK_LIKE_PROFILE, 'reasonable_grounds', undefined)?.id).toBe('positive');
    // Two positive conclusive categories: the panel must say which.
    expect(overturnOutcome(UK_LIKE_PROFILE, 'conclusive_grounds', undefined)).toBeNull();
    expect(
      overturnOutcome(UK_LIKE_PROFILE, 'conclusive_grounds', 'modern_slavery_slavery_servitude_forced_labour')
        ?.id,
    ).toBe('modern_slavery_slavery_servitude_forced_labour');
    expect(overturnOutcome(UK_LIKE_PROFILE, 'conclusive_grounds', 'not_modern_slavery')).toBeNull();
  });
});
