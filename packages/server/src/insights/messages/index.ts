import { direction, SUPPORTED_LOCALES, type SupportedLocale } from '@opennrm/core';
import { INSIGHTS_AR } from './ar.js';
import { INSIGHTS_EN } from './en.js';
import { INSIGHTS_RO } from './ro.js';
import { INSIGHTS_RU } from './ru.js';
import { INSIGHTS_UK } from './uk.js';

/** The report is written in the interface's languages. */
export const REPORT_LANGUAGES = SUPPORTED_LOCALES;
export type ReportLanguage = SupportedLocale;

import type { InsightsCatalogue, InsightsMessageKey } from './catalogue.js';

export type { InsightsCatalogue, InsightsMessageKey } from './catalogue.js';

export const INSIGHTS_CATALOGUES: Readonly<Record<ReportLanguage, InsightsCatalogue>> = {
  en: INSIGHTS_EN,
  ar: INSIGHTS_AR,
  ro: INSIGHTS_RO,
  ru: INSIGHTS_RU,
  uk: INSIGHTS_UK,
};

export function isReportLanguage(value: unknown): value is ReportLanguage {
  return typeof value === 'string' && (REPORT_LANGUAGES as readonly string[]).includes(value);
}

// First-strong isolates keep an inserted value (a Latin code in an Arabic sentence) in its own direction.
const FSI = '\u2068';
const PDI = '\u2069';

/** Texts, numbers and labels of one language. */
export type Words = {
  readonly language: ReportLanguage;
  readonly direction: 'ltr' | 'rtl';
  /** A message with its placeholders filled; values are isolated in right-to-left text. */
  text(key: InsightsMessageKey, values?: Readonly<Record<string, string | number>>): string;
  /** A message by a key built at run time (a vocabulary value); null when there is none. */
  maybe(key: string): string | null;
  number(value: number, digits?: number): string;
  percent(share: number): string;
  date(day: string): string;
  /** Label of a dimension value ('gender', 'female'), with table labels and country names. */
  value(dimension: string, value: string, labels?: Readonly<Record<string, string>>): string;
  column(id: string): string;
  table(id: string): string;
};

export function words(language: ReportLanguage): Words {
  const catalogue = INSIGHTS_CATALOGUES[language];
  const rtl = direction(language) === 'rtl';
  const numberFormat = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const percentFormat = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  const regions = new Intl.DisplayNames([language, 'en'], { type: 'region' });
  const lookup = (key: string): string | null =>
    Object.hasOwn(catalogue, key) ? (catalogue[key as InsightsMessageKey] ?? null) : null;
  const self: Words = {
    language,
    direction: rtl ? 'rtl' : 'ltr',
    text(key, values = {}) {
      const template = catalogue[key] ?? INSIGHTS_EN[key];
      return template.replace(/\{([a-zA-Z_]+)\}/g, (whole, name: string) => {
        const value = values[name];
        if (value === undefined) return whole;
        const shown = typeof value === 'number' ? numberFormat.format(value) : value;
        return rtl ? `${FSI}${shown}${PDI}` : shown;
      });
    },
    maybe: lookup,
    number: (value, digits = 1) =>
      digits === 1
        ? numberFormat.format(value)
        : new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value),
    percent: (share) => percentFormat.format(share),
    date: (day) => dateFormat.format(new Date(`${day}T00:00:00Z`)),
    value(dimension, value, labels) {
      if (labels?.[value]) return labels[value] as string;
      const own = lookup(`value.${dimension}.${value}`);
      if (own) return own;
      if (value === 'all') return catalogue['value.all'];
      if (value === 'unknown') return catalogue['value.unknown'];
      if (dimension === 'nationality' && /^[A-Z]{2}$/.test(value)) {
        try {
          return regions.of(value) ?? value;
        } catch {
          return value;
        }
      }
      return value;
    },
    column: (id) => lookup(`column.${id}`) ?? id,
    table: (id) => lookup(`table.${id}`) ?? id,
  };
  return self;
}
