import {
  type CountryProfile,
  MINIMUM_RECOVERY_PERIOD_DAYS,
  type OrganisationKind,
  type OutcomeCategory,
  ZCountryProfile,
} from '@opennrm/core';
import { isApiProblem } from '../api/problem';
import type { MessageId } from '../i18n/catalogues';

/*
 * The country profile form's model, apart from its controls: the values as typed, the
 * definition they make, and which field each broken rule of core ZCountryProfile
 * belongs to (the same rules the server applies).
 */

export const FIELDS = [
  'name',
  'referringKinds',
  'decidingKinds',
  'decisionStages',
  'reasonableGroundsDeadlineWorkingDays',
  'recoveryPeriodDays',
  'conclusiveAfterRecoveryDays',
  'moveOnPeriodDays',
  'reminderDaysBefore',
  'reasonableGroundsOutcomes',
  'conclusiveGroundsOutcomes',
  'timeZone',
  'weekend',
  'holidays',
] as const;
export type Field = (typeof FIELDS)[number];

/** What to say when a field breaks the profile's rules (core ZCountryProfile). */
export const FIELD_ERRORS: Readonly<Record<Field, MessageId>> = {
  name: 'profiles.error.name',
  referringKinds: 'profiles.error.referringKinds',
  decidingKinds: 'profiles.error.decidingKinds',
  decisionStages: 'profiles.error.decisionStages',
  reasonableGroundsDeadlineWorkingDays: 'profiles.error.reasonableGroundsDeadline',
  recoveryPeriodDays: 'profiles.error.recoveryPeriodDays',
  conclusiveAfterRecoveryDays: 'profiles.error.conclusiveAfterRecoveryDays',
  moveOnPeriodDays: 'profiles.error.moveOnPeriodDays',
  reminderDaysBefore: 'profiles.error.reminderDaysBefore',
  reasonableGroundsOutcomes: 'profiles.error.outcomes',
  conclusiveGroundsOutcomes: 'profiles.error.outcomes',
  timeZone: 'profiles.error.timeZone',
  weekend: 'profiles.error.weekend',
  holidays: 'profiles.error.holidays',
};

/** The form field a path of the definition (from core or the server) belongs to. */
export function fieldOfPath(path: readonly (string | number | symbol)[]): Field | null {
  const [first, second] = path.map(String);
  if (first === 'outcomeCategories') {
    if (second === 'reasonableGrounds') return 'reasonableGroundsOutcomes';
    if (second === 'conclusiveGrounds') return 'conclusiveGroundsOutcomes';
    return null;
  }
  if (first === 'calendar') {
    if (second === 'timeZone' || second === 'weekend' || second === 'holidays') return second;
    return null;
  }
  return (FIELDS as readonly string[]).includes(first ?? '') ? (first as Field) : null;
}

export type OutcomeRow = { readonly key: string; id: string; positive: boolean; labelKey: string };

export type ProfileFormValues = {
  name: string;
  referringKinds: OrganisationKind[];
  decidingKinds: OrganisationKind[];
  decisionStages: '1' | '2';
  reasonableGroundsDeadlineWorkingDays: string;
  recoveryPeriodDays: string;
  conclusiveAfterRecoveryDays: string;
  moveOnPeriodDays: string;
  reminderDaysBefore: string;
  reasonableGroundsOutcomes: OutcomeRow[];
  conclusiveGroundsOutcomes: OutcomeRow[];
  timeZone: string | null;
  weekend: string[];
  holidays: string;
};

let rowCounter = 0;
export const rowKey = (): string => {
  rowCounter += 1;
  return `outcome-${rowCounter}`;
};
export const rows = (outcomes: readonly OutcomeCategory[] | undefined): OutcomeRow[] =>
  (outcomes ?? []).map((outcome) => ({ key: rowKey(), ...outcome }));
export const DEFAULT_RG_OUTCOMES: readonly OutcomeCategory[] = [
  { id: 'positive', positive: true, labelKey: 'profile.outcome.positive' },
  { id: 'negative', positive: false, labelKey: 'profile.outcome.negative' },
];

export function valuesOf(profile: CountryProfile): ProfileFormValues {
  return {
    name: profile.name,
    referringKinds: [...profile.referringKinds],
    decidingKinds: [...profile.decidingKinds],
    decisionStages: profile.decisionStages === 2 ? '2' : '1',
    reasonableGroundsDeadlineWorkingDays: String(profile.reasonableGroundsDeadlineWorkingDays),
    recoveryPeriodDays: String(profile.recoveryPeriodDays),
    conclusiveAfterRecoveryDays:
      profile.conclusiveAfterRecoveryDays === undefined ? '' : String(profile.conclusiveAfterRecoveryDays),
    moveOnPeriodDays: String(profile.moveOnPeriodDays),
    reminderDaysBefore: String(profile.reminderDaysBefore),
    reasonableGroundsOutcomes: rows(profile.outcomeCategories.reasonableGrounds),
    conclusiveGroundsOutcomes: rows(profile.outcomeCategories.conclusiveGrounds),
    timeZone: profile.calendar.timeZone,
    weekend: profile.calendar.weekend.map(String),
    holidays: [...profile.calendar.holidays].sort().join('\n'),
  };
}

/** A whole number typed by a person ("30"), NaN for anything else (core then refuses it). */
function whole(text: string): number {
  const trimmed = text.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function outcomes(list: readonly OutcomeRow[]): OutcomeCategory[] {
  return list.map((row) => {
    const id = row.id.trim();
    return { id, positive: row.positive, labelKey: row.labelKey || `profile.outcome.${id}` };
  });
}

/** The next version's full definition, as the server takes it, from what was typed. */
export function definitionFrom(base: CountryProfile, values: ProfileFormValues): unknown {
  const twoStages = values.decisionStages === '2';
  const conclusive = values.conclusiveAfterRecoveryDays.trim();
  return {
    id: base.id,
    version: base.version + 1,
    name: values.name.trim(),
    referringKinds: values.referringKinds,
    decidingKinds: values.decidingKinds,
    decisionStages: twoStages ? 2 : 1,
    reasonableGroundsDeadlineWorkingDays: whole(values.reasonableGroundsDeadlineWorkingDays),
    ...(conclusive === '' ? {} : { conclusiveAfterRecoveryDays: whole(conclusive) }),
    recoveryPeriodDays: whole(values.recoveryPeriodDays),
    moveOnPeriodDays: whole(values.moveOnPeriodDays),
    outcomeCategories: {
      ...(twoStages ? { reasonableGrounds: outcomes(values.reasonableGroundsOutcomes) } : {}),
      conclusiveGrounds: outcomes(values.conclusiveGroundsOutcomes),
    },
    calendar: {
      timeZone: values.timeZone ?? '',
      weekend: values.weekend.map(Number).sort((a, b) => a - b),
      holidays: values.holidays
        .split(/[\s,;]+/)
        .map((day) => day.trim())
        .filter((day) => day.length > 0),
    },
    reminderDaysBefore: whole(values.reminderDaysBefore),
  };
}

/**
 * Checks a definition with the same rules as the server (core ZCountryProfile), and the
 * 30-day minimum of the recovery period explicitly; one message per field in error.
 */
export function validateDefinition(
  definition: unknown,
  values: ProfileFormValues,
): { profile: CountryProfile | null; fields: Field[] } {
  const fields = new Set<Field>();
  const days = whole(values.recoveryPeriodDays);
  if (!(days >= MINIMUM_RECOVERY_PERIOD_DAYS)) fields.add('recoveryPeriodDays');
  if (values.decisionStages === '2' && values.reasonableGroundsOutcomes.length === 0) {
    fields.add('reasonableGroundsOutcomes');
  }
  const parsed = ZCountryProfile.safeParse(definition);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOfPath(issue.path);
      if (field) fields.add(field);
    }
  }
  const ordered = FIELDS.filter((field) => fields.has(field));
  return { profile: parsed.success && ordered.length === 0 ? parsed.data : null, fields: ordered };
}

/** Fields a server validation problem points at (`body.calendar.timeZone` → timeZone). */
export function serverFields(error: unknown): Field[] {
  if (!isApiProblem(error)) return [];
  const fields = error.errors
    .map((entry) => entry.path.split('.').filter((segment) => segment.length > 0))
    .map((segments) => fieldOfPath(segments[0] === 'body' ? segments.slice(1) : segments))
    .filter((field): field is Field => field !== null);
  return FIELDS.filter((field) => fields.includes(field));
}
