import { isSupportedLocale, negotiateLocale, type SupportedLocale } from '@opennrm/core';
import { APP_STORAGE_PREFIX } from '../quick-exit/app-storage';

/**
 * Before sign-in the chosen language is kept in localStorage (quick exit removes it);
 * once signed in, the user's own setting on the server wins.
 */
const LOCALE_KEY = `${APP_STORAGE_PREFIX}locale`;

export function storedLocale(): SupportedLocale | null {
  try {
    const value = window.localStorage.getItem(LOCALE_KEY);
    return isSupportedLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: SupportedLocale): void {
  try {
    window.localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // Storage may be disabled (private mode): the choice then lasts for this page only.
  }
}

/** The language to start in before the session is known. */
export function initialLocale(): SupportedLocale {
  return storedLocale() ?? negotiateLocale(typeof navigator === 'undefined' ? [] : navigator.languages);
}
