import { describe, expect, it } from 'vitest';
import { checkRiskAssessment, overallRisk, suggestedRiskReview } from './risk.js';

const none = {
  traffickersRisk: 'none',
  retraffickingRisk: 'none',
  selfHarmRisk: 'none',
  familyRisk: 'none',
} as const;

describe('risk and safety assessment', () => {
  it('takes the highest of the four risks as the overall risk, never an average', () => {
    expect(overallRisk(none)).toBe('none');
    expect(overallRisk({ ...none, familyRisk: 'low' })).toBe('low');
    expect(overallRisk({ ...none, selfHarmRisk: 'high', retraffickingRisk: 'low' })).toBe('high');
    expect(
      overallRisk({
        traffickersRisk: 'medium',
        retraffickingRisk: 'low',
        selfHarmRisk: 'low',
        familyRisk: 'low',
      }),
    ).toBe('medium');
  });

  it('suggests a sooner review the higher the risk', () => {
    expect(suggestedRiskReview('high', '2026-03-10')).toBe('2026-03-24');
    expect(suggestedRiskReview('medium', '2026-03-10')).toBe('2026-04-09');
    expect(suggestedRiskReview('low', '2026-03-10')).toBe('2026-06-08');
    expect(suggestedRiskReview('none', '2026-03-10')).toBeNull();
  });

  it('asks for a safety plan with a medium or high risk', () => {
    expect(checkRiskAssessment({ ...none, traffickersRisk: 'medium' }, '2026-03-10')).toEqual([
      { path: 'safetyPlan', code: 'safety_plan_required' },
    ]);
    expect(
      checkRiskAssessment({ ...none, traffickersRisk: 'high', safetyPlan: 'Plan' }, '2026-03-10'),
    ).toEqual([]);
    expect(checkRiskAssessment({ ...none, familyRisk: 'low' }, '2026-03-10')).toEqual([]);
  });

  it('refuses a review date in the past', () => {
    expect(checkRiskAssessment({ ...none, reviewDueOn: '2026-03-09' }, '2026-03-10')).toEqual([
      { path: 'reviewDueOn', code: 'date_in_past' },
    ]);
  });
});
