import type { SupportedLocale } from '@opennrm/core';
import type en from './messages/en.json';

/** Every message id; the English catalogue is the reference the others must match. */
export type MessageId = keyof typeof en;
export type Messages = Readonly<Record<MessageId, string>>;

// One chunk per language, fetched only when that language is chosen.
const LOADERS: Readonly<Record<SupportedLocale, () => Promise<{ default: Messages }>>> = {
  en: () => import('./messages/en.json'),
  uk: () => import('./messages/uk.json'),
  ru: () => import('./messages/ru.json'),
  ro: () => import('./messages/ro.json'),
  ar: () => import('./messages/ar.json'),
};

const cache = new Map<SupportedLocale, Promise<Messages>>();

export function loadMessages(locale: SupportedLocale): Promise<Messages> {
  let pending = cache.get(locale);
  if (!pending) {
    pending = LOADERS[locale]().then((module) => module.default);
    // A failed download (e.g. offline) may be retried on the next attempt.
    pending.catch(() => cache.delete(locale));
    cache.set(locale, pending);
  }
  return pending;
}
