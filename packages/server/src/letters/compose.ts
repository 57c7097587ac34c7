import { direction, SCREENING_LANGUAGES, type ScreeningLanguage, screeningLanguage } from '@opennrm/core';
import { type LetterMessageKey, letterCatalogue } from './messages/index.js';
import type { LetterBlock } from './pdf.js';
import type { TextDirection } from './text-layout.js';

/** Letters are written in the languages of the short screen (the person's own language). */
export const LETTER_LANGUAGES = SCREENING_LANGUAGES;
export type LetterLanguage = ScreeningLanguage;

/**
 * The language of a letter: the one asked for, else the person's preferred language
 * when a letter exists in it, else English.
 */
export function letterLanguage(
  requested: LetterLanguage | undefined,
  preferred: string | null,
): LetterLanguage {
  if (requested) return requested;
  return (preferred ? screeningLanguage(preferred) : null) ?? 'en';
}

/** An organisation as a letter names it: who they are and how to reach them. */
export type OrgContact = {
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
};

// First-strong isolate: an inserted value (a Latin organisation name in an Arabic
// sentence, a phone number) keeps its own direction and does not disturb the sentence.
const FSI = '\u2068';
const PDI = '\u2069';

export function isolate(value: string): string {
  return `${FSI}${value}${PDI}`;
}

// `{days, plural, one {# day} other {# days}}`: the ICU plural form, one level deep.
const PLURAL = /\{([a-z_]+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

function selectPlurals(
  template: string,
  values: Readonly<Record<string, string | number>>,
  rules: Intl.PluralRules,
): string {
  return template.replace(PLURAL, (whole, name: string, branches: string) => {
    const value = values[name];
    if (typeof value !== 'number') return whole;
    const forms = new Map<string, string>();
    for (const [, selector = '', text = ''] of branches.matchAll(PLURAL_BRANCH)) forms.set(selector, text);
    const form = forms.get(`=${value}`) ?? forms.get(rules.select(value)) ?? forms.get('other') ?? whole;
    return form.replaceAll('#', String(value));
  });
}

function fillPlaceholders(template: string, values: Readonly<Record<string, string | number>>): string {
  return (
    template
      .replace(/\{([a-z_]+)\}/g, (whole, name: string) => {
        const value = values[name];
        return value === undefined ? whole : isolate(String(value));
      })
      // A value that ends a sentence with its own full stop («4 грудня 2026 р.») takes the sentence's.
      .replace(/\.\u2069\./g, `.${PDI}`)
  );
}

/** Formatting helpers bound to one letter's language and the case's time zone. */
export type Writer = {
  readonly language: LetterLanguage;
  readonly direction: TextDirection;
  /** The message in this language with `{name}` placeholders filled in (each value isolated). */
  t(key: LetterMessageKey, values?: Readonly<Record<string, string | number>>): string;
  date(value: Date): string;
  languageName(code: string): string;
  list(values: readonly string[]): string;
  contact(org: OrgContact): string;
};

const INTL_LOCALE: Readonly<Partial<Record<LetterLanguage, string>>> = {
  // Day-month-year, as in Europe, rather than the US order of plain "en".
  en: 'en-GB',
};

export function writer(language: LetterLanguage, timeZone: string): Writer {
  const catalogue = letterCatalogue(language);
  const locale = INTL_LOCALE[language] ?? language;
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone });
  const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  const lists = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' });
  const plurals = new Intl.PluralRules(locale);
  const t: Writer['t'] = (key, values = {}) =>
    fillPlaceholders(selectPlurals(catalogue[key], values, plurals), values);
  return {
    language,
    direction: direction(language),
    t,
    date: (value) => dates.format(value),
    languageName: (code) => names.of(code) ?? code,
    list: (values) => lists.format(values.map(isolate)),
    contact: (org) => {
      const ways = [org.email, org.phone].filter((way): way is string => Boolean(way?.trim()));
      return ways.length > 0 ? ways.map(isolate).join('  ·  ') : t('contact_none');
    },
  };
}

/**
 * Who the letter is written to. An adult's letter speaks to the person and needs no
 * line; a child's goes to the guardian, or, before one is appointed, to the guardian
 * to be appointed in the care of child protection.
 */
export function addressee(
  w: Writer,
  data: {
    readonly isChild: boolean;
    readonly guardianAppointed: boolean;
    readonly childProtectionOrg: string | null;
  },
): LetterBlock[] {
  if (!data.isChild) return [];
  const text = data.guardianAppointed
    ? w.t('to_guardian')
    : w.t('to_guardian_pending', { org: data.childProtectionOrg ?? w.t('child_protection_services') });
  return [{ kind: 'paragraph', spans: [{ text, bold: true }] }];
}
