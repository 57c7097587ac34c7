import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from './catalogues';

type Values = Record<string, string | number | boolean | Date | null | undefined>;

/** Shorthand for plain-text messages (labels, titles, aria-labels). */
export function useT(): (id: MessageId, values?: Values) => string {
  const intl = useIntl();
  return useCallback((id: MessageId, values?: Values) => intl.formatMessage({ id }, values), [intl]);
}
