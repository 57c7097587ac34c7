import type { SupportedLocale } from '@opennrm/core';
import type assistance from './messages/assistance/en.json';
import type caseload from './messages/caseload/en.json';
import type caseFile from './messages/cases/en.json';
import type decisions from './messages/decisions/en.json';
import type directory from './messages/directory/en.json';
import type foundation from './messages/en.json';
import type identification from './messages/identification/en.json';
import type insights from './messages/insights/en.json';
import type legal from './messages/legal/en.json';
import type offline from './messages/offline/en.json';
import type profiles from './messages/profiles/en.json';
import type referrals from './messages/referrals/en.json';

/**
 * Every message id; the English catalogues are the reference the others must match.
 * The foundation's messages live in messages/<locale>.json; each domain module keeps its
 * own in messages/<module>/<locale>.json, so modules are translated (and grow) apart.
 */
export type MessageId =
  | keyof typeof foundation
  | keyof typeof identification
  | keyof typeof referrals
  | keyof typeof decisions
  | keyof typeof offline
  | keyof typeof profiles
  | keyof typeof caseFile
  | keyof typeof assistance
  | keyof typeof directory
  | keyof typeof legal
  | keyof typeof caseload
  | keyof typeof insights;
export type Messages = Readonly<Record<MessageId, string>>;

type Catalogue = Readonly<Record<string, string>>;
// One chunk per file; a language's files are fetched only when that language is chosen.
const FILES = import.meta.glob<{ default: Catalogue }>('./messages/**/*.json');

/** The catalogue files of one language, e.g. ./messages/uk.json and ./messages/referrals/uk.json. */
export function catalogueFiles(locale: SupportedLocale): string[] {
  return Object.keys(FILES).filter((path) => path.endsWith(`/${locale}.json`));
}

async function fetchMessages(locale: SupportedLocale): Promise<Messages> {
  const parts = await Promise.all(catalogueFiles(locale).map((path) => FILES[path]?.()));
  return Object.assign({}, ...parts.map((part) => part?.default ?? {})) as Messages;
}

const cache = new Map<SupportedLocale, Promise<Messages>>();

export function loadMessages(locale: SupportedLocale): Promise<Messages> {
  let pending = cache.get(locale);
  if (!pending) {
    pending = fetchMessages(locale);
    // A failed download (e.g. offline) may be retried on the next attempt.
    pending.catch(() => cache.delete(locale));
    cache.set(locale, pending);
  }
  return pending;
}
