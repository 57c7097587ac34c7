import {
  isArgumentElement,
  isDateElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  isTimeElement,
  type MessageFormatElement,
  parse,
} from '@formatjs/icu-messageformat-parser';
import {
  AGE_BANDS,
  CASE_STAGES,
  EXPLOITATION_FORMS,
  GENDERS,
  ORGANISATION_KINDS,
  ROLES,
  SUPPORTED_LOCALES,
  type SupportedLocale,
} from '@opennrm/core';
import { describe, expect, it } from 'vitest';

type Catalogue = Readonly<Record<string, string>>;
const FILES = import.meta.glob<Catalogue>('./messages/**/*.json', { eager: true, import: 'default' });

/** A language's files merged, as the app loads them; a key defined twice is reported. */
function merged(locale: SupportedLocale): { catalogue: Catalogue; clashes: string[] } {
  const catalogue: Record<string, string> = {};
  const clashes: string[] = [];
  for (const [path, part] of Object.entries(FILES)) {
    if (!path.endsWith(`/${locale}.json`)) continue;
    for (const [key, message] of Object.entries(part)) {
      if (key in catalogue) clashes.push(`${path}: ${key}`);
      catalogue[key] = message;
    }
  }
  return { catalogue, clashes };
}

const CATALOGUES = Object.fromEntries(
  SUPPORTED_LOCALES.map((locale) => [locale, merged(locale).catalogue]),
) as Readonly<Record<SupportedLocale, Catalogue>>;
const en = CATALOGUES.en;

/** Argument names a message uses, and the plural categories of each plural argument. */
function shape(
  elements: readonly MessageFormatElement[],
  args = new Set<string>(),
  plurals = new Map<string, string[]>(),
) {
  for (const element of elements) {
    if (
      isArgumentElement(element) ||
      isNumberElement(element) ||
      isDateElement(element) ||
      isTimeElement(element)
    ) {
      args.add(element.value);
    } else if (isPluralElement(element) || isSelectElement(element)) {
      args.add(element.value);
      if (isPluralElement(element)) plurals.set(element.value, Object.keys(element.options));
      for (const option of Object.values(element.options)) shape(option.value, args, plurals);
    } else if (isTagElement(element)) {
      args.add(`<${element.value}>`);
      shape(element.children, args, plurals);
    }
  }
  return { args, plurals };
}

describe('message catalogues', () => {
  const englishKeys = Object.keys(en).sort();

  it.each(SUPPORTED_LOCALES)('%s defines each key in one file only', (locale) => {
    expect(merged(locale).clashes).toEqual([]);
  });

  it.each(SUPPORTED_LOCALES)('each module file of %s has the keys of its English twin', (locale) => {
    const mismatched = Object.keys(FILES)
      .filter((path) => path.endsWith('/en.json'))
      .filter((path) => {
        const twin = FILES[path.replace(/\/en\.json$/, `/${locale}.json`)];
        return (
          !twin ||
          Object.keys(twin).sort().join() !==
            Object.keys(FILES[path] ?? {})
              .sort()
              .join()
        );
      });
    expect(mismatched).toEqual([]);
  });

  it.each(SUPPORTED_LOCALES)('%s has exactly the keys of the English catalogue', (locale) => {
    expect(Object.keys(CATALOGUES[locale]).sort()).toEqual(englishKeys);
  });

  it.each(SUPPORTED_LOCALES)('%s has no empty message', (locale) => {
    const empty = Object.entries(CATALOGUES[locale]).filter(([, message]) => message.trim().length === 0);
    expect(empty).toEqual([]);
  });

  it.each(SUPPORTED_LOCALES)('every %s message parses as ICU MessageFormat', (locale) => {
    const failures: string[] = [];
    for (const [key, message] of Object.entries(CATALOGUES[locale])) {
      try {
        parse(message);
      } catch (error) {
        failures.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it.each(SUPPORTED_LOCALES.filter((locale) => locale !== 'en'))(
    '%s messages use the same arguments as English',
    (locale) => {
      const mismatches: string[] = [];
      for (const key of englishKeys) {
        const expected = [...shape(parse(en[key] ?? '')).args].sort();
        const actual = [...shape(parse(CATALOGUES[locale][key] ?? '')).args].sort();
        if (expected.join() !== actual.join())
          mismatches.push(`${key}: ${actual.join()} ≠ ${expected.join()}`);
      }
      expect(mismatches).toEqual([]);
    },
  );

  it.each(SUPPORTED_LOCALES)("every plural in %s covers the language's plural categories", (locale) => {
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const missing: string[] = [];
    for (const [key, message] of Object.entries(CATALOGUES[locale])) {
      for (const [argument, options] of shape(parse(message)).plurals) {
        // An exact "=0" branch says the same as the "zero" category.
        const absent = needed.filter(
          (category) => !options.includes(category) && !(category === 'zero' && options.includes('=0')),
        );
        if (absent.length > 0) missing.push(`${key} {${argument}}: ${absent.join(', ')}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('names every value of the shared vocabularies', () => {
    const expected = [
      ...ROLES.map((value) => `enum.role.${value}`),
      ...ORGANISATION_KINDS.map((value) => `enum.organisationKind.${value}`),
      ...CASE_STAGES.map((value) => `enum.stage.${value}`),
      ...GENDERS.map((value) => `enum.gender.${value}`),
      ...EXPLOITATION_FORMS.map((value) => `enum.exploitationForm.${value}`),
      ...AGE_BANDS.map((value) => `enum.ageBand.${value}`),
    ];
    expect(expected.filter((key) => !(key in en))).toEqual([]);
  });

  it('formats a plural in Arabic and Ukrainian by their own rules', () => {
    // A guard against plural messages that parse but choose the wrong form.
    const count = (locale: SupportedLocale, n: number): string => {
      const [plural] = parse(CATALOGUES[locale]['home.cases.count'] ?? '');
      if (!plural || !isPluralElement(plural)) throw new Error('home.cases.count is not a plural');
      const category = new Intl.PluralRules(locale).select(n);
      return Object.hasOwn(plural.options, category) ? category : 'other';
    };
    expect(count('ar', 2)).toBe('two');
    expect(count('uk', 3)).toBe('few');
    expect(count('uk', 5)).toBe('many');
    expect(count('ro', 20)).toBe('other');
  });
});
