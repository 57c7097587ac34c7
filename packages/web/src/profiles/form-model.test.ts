import { GENERIC_COE_EU_PROFILE, UK_LIKE_PROFILE } from '@opennrm/core';
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/problem';
import { definitionFrom, fieldOfPath, serverFields, validateDefinition, valuesOf } from './form-model';

function check(changes: Partial<ReturnType<typeof valuesOf>>, base = GENERIC_COE_EU_PROFILE) {
  const values = { ...valuesOf(base), ...changes };
  return validateDefinition(definitionFrom(base, values), values);
}

describe('country profile form model', () => {
  it('turns an unchanged profile into its next version, the same rules', () => {
    for (const profile of [GENERIC_COE_EU_PROFILE, UK_LIKE_PROFILE]) {
      const checked = check({}, profile);
      expect(checked.fields).toEqual([]);
      expect(checked.profile).toEqual({ ...profile, version: profile.version + 1 });
    }
  });

  it('refuses a recovery period under 30 days, and anything that is not a whole number', () => {
    for (const typed of ['29', '0', '', 'thirty', '30.5', '-31']) {
      const checked = check({ recoveryPeriodDays: typed });
      expect(checked.fields, typed).toEqual(['recoveryPeriodDays']);
      expect(checked.profile).toBeNull();
    }
    expect(check({ recoveryPeriodDays: ' 30 ' }).profile?.recoveryPeriodDays).toBe(30);
  });

  it('names the field of each broken rule, in the order of the form', () => {
    const checked = check({
      name: ' ',
      decidingKinds: [],
      weekend: ['0', '1', '2', '3', '4', '5', '6'],
      holidays: '2026-02-30',
      timeZone: 'Mars/Olympus',
      reminderDaysBefore: '31',
    });
    expect(checked.fields).toEqual([
      'name',
      'decidingKinds',
      'reminderDaysBefore',
      'timeZone',
      'weekend',
      'holidays',
    ]);
  });

  it('checks the outcomes: one positive and one negative, distinct ids', () => {
    const values = valuesOf(GENERIC_COE_EU_PROFILE);
    const allPositive = values.conclusiveGroundsOutcomes.map((row) => ({ ...row, positive: true }));
    expect(check({ conclusiveGroundsOutcomes: allPositive }).fields).toEqual(['conclusiveGroundsOutcomes']);
    const sameIds = values.conclusiveGroundsOutcomes.map((row) => ({ ...row, id: 'same' }));
    expect(check({ conclusiveGroundsOutcomes: sameIds }).fields).toEqual(['conclusiveGroundsOutcomes']);
    expect(check({ reasonableGroundsOutcomes: [] }).fields).toEqual(['reasonableGroundsOutcomes']);
  });

  it('gives a renamed outcome a label key of its own', () => {
    const values = valuesOf(GENERIC_COE_EU_PROFILE);
    const renamed = values.conclusiveGroundsOutcomes.map((row, index) =>
      index === 0 ? { ...row, id: 'forced_criminality_victim', labelKey: '' } : row,
    );
    const checked = check({ conclusiveGroundsOutcomes: renamed });
    expect(checked.profile?.outcomeCategories.conclusiveGrounds[0]).toEqual({
      id: 'forced_criminality_victim',
      positive: true,
      labelKey: 'profile.outcome.forced_criminality_victim',
    });
  });

  it('drops the reasonable-grounds outcomes for a one-stage system, and leaves an empty target out', () => {
    const checked = check({ decisionStages: '1', conclusiveAfterRecoveryDays: '' });
    expect(checked.profile?.decisionStages).toBe(1);
    expect(checked.profile?.outcomeCategories.reasonableGrounds).toBeUndefined();
    expect(checked.profile && 'conclusiveAfterRecoveryDays' in checked.profile).toBe(false);
    expect(check({ conclusiveAfterRecoveryDays: '14' }).profile?.conclusiveAfterRecoveryDays).toBe(14);
  });

  it('reads holidays one per line (or separated by spaces or commas), sorted as written', () => {
    const checked = check({ holidays: '2026-12-25\n2026-12-26, 2027-01-01\n\n' });
    expect(checked.profile?.calendar.holidays).toEqual(['2026-12-25', '2026-12-26', '2027-01-01']);
    expect(check({ holidays: '2026-12-25\n2026-12-25' }).fields).toEqual(['holidays']);
  });

  it('maps paths of core and of the server to form fields', () => {
    expect(fieldOfPath(['outcomeCategories', 'conclusiveGrounds', 0, 'id'])).toBe(
      'conclusiveGroundsOutcomes',
    );
    expect(fieldOfPath(['calendar', 'holidays', 3])).toBe('holidays');
    expect(fieldOfPath(['recoveryPeriodDays'])).toBe('recoveryPeriodDays');
    expect(fieldOfPath(['somethingElse'])).toBeNull();
    const problem = new ApiProblem(
      400,
      'validation',
      'Some of the information is not valid.',
      undefined,
      [
        { path: 'body.recoveryPeriodDays', message: 'CoE art. 13(1)' },
        { path: 'body.calendar.timeZone', message: 'Unknown IANA time zone' },
      ],
      'r-1',
      {},
    );
    expect(serverFields(problem)).toEqual(['recoveryPeriodDays', 'timeZone']);
    expect(serverFields(new Error('x'))).toEqual([]);
  });
});
