import { addCalendarDays, type LocalDate } from '../identification/local-time.js';
import type { AssistanceFieldProblem, RiskAssessmentInput } from './shapes.js';
import { RISK_LEVELS, type RiskLevel } from './vocabulary.js';

export type AssessedRisks = {
  readonly traffickersRisk: RiskLevel;
  readonly retraffickingRisk: RiskLevel;
  readonly selfHarmRisk: RiskLevel;
  readonly familyRisk: RiskLevel;
};

/**
 * The overall risk is the HIGHEST of the four, never an average: one high risk (the
 * traffickers looking for the person, a risk of self-harm) makes the person at high
 * risk, however low the others are.
 */
export function overallRisk(risks: AssessedRisks): RiskLevel {
  const levels = [risks.traffickersRisk, risks.retraffickingRisk, risks.selfHarmRisk, risks.familyRisk];
  return levels.reduce<RiskLevel>(
    (highest, level) => (RISK_LEVELS.indexOf(level) > RISK_LEVELS.indexOf(highest) ? level : highest),
    'none',
  );
}

/** Days until the next review of a risk assessment, by overall risk; none when there is no risk. */
export const RISK_REVIEW_DAYS: Readonly<Record<RiskLevel, number | null>> = {
  high: 14,
  medium: 30,
  low: 90,
  none: null,
};

/** The review date suggested when the assessor gives none: the higher the risk, the sooner. */
export function suggestedRiskReview(overall: RiskLevel, today: LocalDate): LocalDate | null {
  const days = RISK_REVIEW_DAYS[overall];
  return days === null ? null : addCalendarDays(today, days);
}

/**
 * - A medium or high risk comes with a safety plan: knowing the danger and writing down
 *   nothing to do about it helps nobody.
 * - A review date is not in the past.
 */
export function checkRiskAssessment(input: RiskAssessmentInput, today: LocalDate): AssistanceFieldProblem[] {
  const problems: AssistanceFieldProblem[] = [];
  const overall = overallRisk(input);
  if ((overall === 'high' || overall === 'medium') && (input.safetyPlan ?? null) === null) {
    problems.push({ path: 'safetyPlan', code: 'safety_plan_required' });
  }
  if (input.reviewDueOn && input.reviewDueOn < today) {
    problems.push({ path: 'reviewDueOn', code: 'date_in_past' });
  }
  return problems;
}
