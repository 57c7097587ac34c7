import { useMemo } from 'react';
import { type IntlShape, useIntl } from 'react-intl';
import type { MessageId } from '../i18n/catalogues';
import { countryName } from '../i18n/names';
import { TIME_DIMENSIONS } from './chart-model';
import { type Granularity, isIsoDate } from './filters';
import type { MeasureId, StatCell, StatColumn, StatTable } from './types';

/**
 * Words for what the statistics API sends as codes: table ids, dimensions, columns and
 * the values of each dimension. The server may add a table or a code before this
 * catalogue names it: the code is then shown readably rather than as a broken message.
 */
export type InsightsWords = {
  readonly measure: (id: MeasureId) => string;
  readonly table: (table: Pick<StatTable, 'id'>) => string;
  readonly dimension: (dimension: string) => string;
  readonly column: (column: Pick<StatColumn, 'id'>) => string;
  /** A dimension value: an organisation's name, a country, a period, a vocabulary code. */
  readonly value: (table: Pick<StatTable, 'labels'>, dimension: string, code: string) => string;
  /** A cell as text: a number, a share in %, days… "suppressed" or "no data" otherwise. */
  readonly cell: (column: StatColumn, cell: StatCell) => string;
  readonly number: (value: number) => string;
  readonly percent: (share: number) => string;
  /** A calendar day 'YYYY-MM-DD' in the reader's words. */
  readonly date: (day: string) => string;
};

/** "forced_labour" → "Forced labour": the last resort for a code without a message. */
export function readableCode(code: string): string {
  const text = code.replace(/[_.-]+/g, ' ').trim();
  return text.length > 0 ? text.charAt(0).toUpperCase() + text.slice(1) : code;
}

function has(intl: IntlShape, id: string): id is MessageId {
  return Object.hasOwn(intl.messages, id);
}

/** A message whose id is built at run time (a code from the server), or null when there is none. */
export function maybeMessage(intl: IntlShape, id: string): string | null {
  return has(intl, id) ? intl.formatMessage({ id }) : null;
}

function message(intl: IntlShape, ids: readonly string[], fallback: string): string {
  for (const id of ids) if (has(intl, id)) return intl.formatMessage({ id });
  return fallback;
}

/** Period buckets arrive as the first day of the bucket ('2026-04-01'). */
export function bucketText(intl: IntlShape, bucket: string, granularity: Granularity): string {
  const date = new Date(`${bucket.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return bucket;
  switch (granularity) {
    case 'month':
      return intl.formatDate(date, { year: 'numeric', month: 'short', timeZone: 'UTC' });
    case 'quarter':
      return intl.formatMessage(
        { id: 'insights.bucket.quarter' },
        {
          quarter: Math.floor(date.getUTCMonth() / 3) + 1,
          year: intl.formatDate(date, { year: 'numeric', timeZone: 'UTC' }),
        },
      );
    case 'year':
      return intl.formatDate(date, { year: 'numeric', timeZone: 'UTC' });
    default: {
      const unreachable: never = granularity;
      throw new Error(`Unknown granularity ${String(unreachable)}`);
    }
  }
}

const COUNTRY_DIMENSIONS = new Set(['nationality', 'country', 'citizenship_country', 'exploitation_country']);
const GENDER_DIMENSIONS = new Set(['gender', 'sex']);
const FORM_DIMENSIONS = new Set(['form', 'forms', 'exploitation_form', 'exploitation']);
const KIND_DIMENSIONS = new Set(['organisation_kind', 'registering_kind', 'referring_kind']);

export function insightsWords(intl: IntlShape, granularity: Granularity): InsightsWords {
  const numberFormat = new Intl.NumberFormat(intl.locale);
  const percentFormat = new Intl.NumberFormat(intl.locale, { style: 'percent', maximumFractionDigits: 1 });
  const decimalFormat = new Intl.NumberFormat(intl.locale, { maximumFractionDigits: 1 });
  const suppressed = intl.formatMessage({ id: 'insights.cell.suppressed' });
  const none = intl.formatMessage({ id: 'insights.cell.none' });
  return {
    measure: (id) => message(intl, [`insights.measure.${id}.title`], readableCode(id)),
    table: (table) =>
      message(intl, [`insights.table.${table.id}`], readableCode(table.id.split('.').pop() ?? table.id)),
    dimension: (dimension) => message(intl, [`insights.dimension.${dimension}`], readableCode(dimension)),
    column: (column) => message(intl, [`insights.column.${column.id}`], readableCode(column.id)),
    value: (table, dimension, code) => {
      // Periods in the reader's words ("Q1 2026"), whatever label the server gives them.
      if (TIME_DIMENSIONS.has(dimension) && isIsoDate(code)) return bucketText(intl, code, granularity);
      const label = table.labels[code];
      if (label !== undefined) return label;
      if (dimension === 'region') return message(intl, [`region.${code}`, `insights.value.${code}`], code);
      if (COUNTRY_DIMENSIONS.has(dimension) && /^[A-Z]{2}$/.test(code)) return countryName(intl.locale, code);
      const ids = [`insights.value.${dimension}.${code}`];
      if (GENDER_DIMENSIONS.has(dimension)) ids.push(`enum.gender.${code}`);
      if (FORM_DIMENSIONS.has(dimension)) ids.push(`enum.exploitationForm.${code}`);
      if (KIND_DIMENSIONS.has(dimension)) ids.push(`enum.organisationKind.${code}`);
      if (dimension === 'age_band') ids.push(`enum.ageBand.${code}`);
      ids.push(`insights.value.${code}`);
      return message(intl, ids, readableCode(code));
    },
    cell: (column, cell) => {
      if (cell.suppressed) return suppressed;
      if (cell.value === null) return none;
      switch (column.kind) {
        case 'share':
          return percentFormat.format(cell.value);
        case 'days':
          return intl.formatMessage({ id: 'insights.cell.days' }, { days: decimalFormat.format(cell.value) });
        case 'expected':
        case 'residual':
        case 'amount':
          return decimalFormat.format(cell.value);
        case 'count':
        case 'capacity':
          return numberFormat.format(cell.value);
        default: {
          const unreachable: never = column.kind;
          throw new Error(`Unknown column kind ${String(unreachable)}`);
        }
      }
    },
    number: (value) => numberFormat.format(value),
    percent: (share) => percentFormat.format(share),
    date: (day) =>
      isIsoDate(day)
        ? intl.formatDate(new Date(`${day}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' })
        : day,
  };
}

export function useInsightsWords(granularity: Granularity): InsightsWords {
  const intl = useIntl();
  return useMemo(() => insightsWords(intl, granularity), [intl, granularity]);
}
