import {
  BEST_INTERESTS_KINDS,
  COMPENSATION_ROUTES,
  COMPENSATION_STATUSES,
  DURABLE_SOLUTION_KINDS,
  DURABLE_SOLUTION_STATUSES,
  LEGAL_AID_STATUSES,
  NON_PUNISHMENT_OFFENCES,
  NON_PUNISHMENT_OUTCOMES,
  RESIDENCE_BASES,
  RESIDENCE_STATUSES,
} from '@opennrm/core';

/**
 * The record kinds the case page shows, described once: the API path, the fields of the
 * form (in order) and how each is entered. Labels come from the `legal.` catalogue:
 * `legal.field.<name>`, `legal.option.<options>.<value>`, `legal.kind.<key>.title`.
 */
export type FieldSpec =
  | {
      readonly name: string;
      readonly type: 'choice';
      readonly options: string;
      readonly values: readonly string[];
    }
  | { readonly name: string; readonly type: 'date' | 'datetime'; readonly optional: boolean }
  | { readonly name: string; readonly type: 'boolean' | 'money' | 'currency' | 'organisation' | 'country' };

export type KindSpec = {
  readonly key: string;
  readonly path: string;
  readonly childOnly: boolean;
  readonly fields: readonly FieldSpec[];
};

const choice = (name: string, options: string, values: readonly string[]): FieldSpec => ({
  name,
  type: 'choice',
  options,
  values,
});
const date = (name: string, optional = false): FieldSpec => ({ name, type: 'date', optional });

export const KINDS: readonly KindSpec[] = [
  {
    key: 'residence',
    path: 'legal/residence-permits',
    childOnly: false,
    fields: [
      choice('basis', 'residenceBasis', RESIDENCE_BASES),
      date('appliedOn'),
      choice('status', 'residenceStatus', RESIDENCE_STATUSES),
      date('decidedOn', true),
      date('validUntil', true),
      { name: 'rightToWork', type: 'boolean' },
    ],
  },
  {
    key: 'legalAid',
    path: 'legal/legal-aid',
    childOnly: false,
    fields: [
      { name: 'providerOrganisationId', type: 'organisation' },
      date('requestedOn'),
      choice('status', 'legalAidStatus', LEGAL_AID_STATUSES),
      date('grantedOn', true),
    ],
  },
  {
    key: 'compensation',
    path: 'legal/compensation',
    childOnly: false,
    fields: [
      choice('route', 'compensationRoute', COMPENSATION_ROUTES),
      date('claimedOn'),
      { name: 'currency', type: 'currency' },
      { name: 'amountClaimed', type: 'money' },
      choice('status', 'compensationStatus', COMPENSATION_STATUSES),
      date('decidedOn', true),
      { name: 'amountAwarded', type: 'money' },
      { name: 'amountPaid', type: 'money' },
    ],
  },
  {
    key: 'nonPunishment',
    path: 'legal/non-punishment',
    childOnly: false,
    fields: [
      choice('offence', 'offence', NON_PUNISHMENT_OFFENCES),
      { name: 'linkedToTrafficking', type: 'boolean' },
      choice('outcome', 'outcome', NON_PUNISHMENT_OUTCOMES),
      date('assessedOn'),
    ],
  },
  {
    key: 'durableSolution',
    path: 'legal/durable-solutions',
    childOnly: false,
    fields: [
      choice('kind', 'solutionKind', DURABLE_SOLUTION_KINDS),
      choice('status', 'solutionStatus', DURABLE_SOLUTION_STATUSES),
      date('decidedOn'),
      { name: 'country', type: 'country' },
    ],
  },
  {
    key: 'bestInterests',
    path: 'children/best-interests',
    childOnly: true,
    fields: [
      choice('kind', 'bestInterestsKind', BEST_INTERESTS_KINDS),
      date('startedOn'),
      date('completedOn', true),
    ],
  },
  {
    key: 'missing',
    path: 'children/missing',
    childOnly: true,
    fields: [
      { name: 'wentMissingAt', type: 'datetime', optional: false },
      { name: 'foundAt', type: 'datetime', optional: true },
    ],
  },
];

/** The choice "none" of an optional select (a list item's key cannot be empty). */
export const NONE = 'none';

/** The form's state: every field as the text (or yes/no) the reader entered. */
export type FormState = Record<string, string | boolean>;

/** "2026-05-01T09:30" in the reader's time zone, for a datetime-local input. */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function initialState(kind: KindSpec, record: Record<string, unknown> | null): FormState {
  const out: FormState = {};
  for (const field of kind.fields) {
    const value = record?.[field.name];
    if (field.type === 'boolean') out[field.name] = value === true;
    else if (field.type === 'datetime')
      out[field.name] = typeof value === 'string' ? toLocalInput(value) : '';
    else if (field.type === 'currency') out[field.name] = typeof value === 'string' ? value : 'EUR';
    else out[field.name] = typeof value === 'string' ? value : '';
  }
  return out;
}

/** The request body: empty optional fields are sent as null; amounts as typed, with a dot. */
export function bodyOf(kind: KindSpec, state: FormState): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of kind.fields) {
    const value = state[field.name];
    if (field.type === 'boolean') out[field.name] = value === true;
    else if (typeof value !== 'string' || value.trim() === '' || value === NONE) out[field.name] = null;
    else if (field.type === 'datetime') out[field.name] = new Date(value).toISOString();
    else if (field.type === 'money') out[field.name] = value.trim().replace(',', '.');
    else if (field.type === 'currency') out[field.name] = value.trim().toUpperCase();
    else out[field.name] = value;
  }
  return out;
}
