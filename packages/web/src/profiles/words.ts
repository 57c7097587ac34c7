import type { OutcomeCategory } from '@opennrm/core';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../i18n/catalogues';

/** 2024-01-07 was a Sunday: day `d` of the week (0 = Sunday) is 2024-01-07 + d. */
const SUNDAY = Date.UTC(2024, 0, 7);
const DAY_MS = 86_400_000;
export const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;

export type ProfileWords = {
  /** An outcome's label: its message when the interface has one, else its id as written. */
  readonly outcome: (outcome: Pick<OutcomeCategory, 'id' | 'labelKey'>) => string;
  /** The name of a day of the week (0 = Sunday) in the reader's language. */
  readonly weekday: (day: number) => string;
  /** A local date (YYYY-MM-DD) written out, e.g. a public holiday. */
  readonly localDate: (date: string) => string;
};

export function useProfileWords(): ProfileWords {
  const intl = useIntl();
  return useMemo(() => {
    const weekdayFormat = new Intl.DateTimeFormat(intl.locale, { weekday: 'long', timeZone: 'UTC' });
    const dateFormat = new Intl.DateTimeFormat(intl.locale, {
      dateStyle: 'long',
      timeZone: 'UTC',
    });
    return {
      outcome: (outcome) =>
        Object.hasOwn(intl.messages, outcome.labelKey)
          ? intl.formatMessage({ id: outcome.labelKey as MessageId })
          : outcome.id,
      weekday: (day) => weekdayFormat.format(new Date(SUNDAY + day * DAY_MS)),
      localDate: (date) => {
        const instant = new Date(`${date}T12:00:00Z`);
        return Number.isNaN(instant.getTime()) ? date : dateFormat.format(instant);
      },
    };
  }, [intl]);
}
