import { direction, type SupportedLocale } from '@opennrm/core';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { I18nProvider } from 'react-aria-components';
import { IntlProvider } from 'react-intl';
import { api } from '../api/client';
import type { AuthenticatedSession, TSession } from '../api/types';
import { SESSION_QUERY_KEY, useSession } from '../session/session-query';
import { loadMessages, type Messages } from './catalogues';
import { initialLocale, storeLocale } from './locale-storage';

export type LocaleContextValue = {
  readonly locale: SupportedLocale;
  /** Switches the interface language; saved on the server when signed in. */
  readonly changeLocale: (locale: SupportedLocale) => Promise<void>;
};

const LocaleContext = createContext<LocaleContextValue | null>(null);

export function useLocale(): LocaleContextValue {
  const value = use(LocaleContext);
  if (!value) throw new Error('useLocale needs a LocaleProvider');
  return value;
}

type Loaded = { readonly locale: SupportedLocale; readonly messages: Messages };

export function LocaleProvider({ children }: { readonly children: ReactNode }): ReactNode {
  const queryClient = useQueryClient();
  const { data: session } = useSession();
  const [chosen, setChosen] = useState<SupportedLocale>(initialLocale);
  const sessionLocale = session?.authenticated ? session.user.locale : null;
  const locale = sessionLocale ?? chosen;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const hasLoaded = useRef(false);

  // After sign-out, stay in the language the user was working in.
  useEffect(() => {
    if (sessionLocale) setChosen(sessionLocale);
  }, [sessionLocale]);

  useEffect(() => {
    let current = true;
    loadMessages(locale).then(
      (messages) => {
        if (current) setLoaded({ locale, messages });
      },
      () => {
        // Keep the language already shown; fall back to English when nothing is shown yet.
        if (current && !hasLoaded.current && locale !== 'en') setChosen('en');
      },
    );
    return () => {
      current = false;
    };
  }, [locale]);

  useEffect(() => {
    hasLoaded.current = loaded !== null;
  }, [loaded]);

  useEffect(() => {
    if (!loaded) return;
    document.documentElement.lang = loaded.locale;
    document.documentElement.dir = direction(loaded.locale);
  }, [loaded]);

  const changeLocale = useCallback(
    async (next: SupportedLocale): Promise<void> => {
      const current = queryClient.getQueryData<TSession>(SESSION_QUERY_KEY);
      if (current?.authenticated) {
        await api.put<void>('/api/me/locale', { locale: next });
        const updated: AuthenticatedSession = { ...current, user: { ...current.user, locale: next } };
        queryClient.setQueryData<TSession>(SESSION_QUERY_KEY, updated);
      } else {
        storeLocale(next);
      }
      setChosen(next);
    },
    [queryClient],
  );

  const context = useMemo(
    () => ({ locale: loaded?.locale ?? locale, changeLocale }),
    [loaded, locale, changeLocale],
  );

  // Nothing is shown until the first catalogue arrives (a few kilobytes, same origin).
  if (!loaded) return null;
  return (
    <LocaleContext value={context}>
      <IntlProvider locale={loaded.locale} messages={loaded.messages} defaultLocale="en">
        <I18nProvider locale={loaded.locale}>{children}</I18nProvider>
      </IntlProvider>
    </LocaleContext>
  );
}
