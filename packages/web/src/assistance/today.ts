import { type LocalDate, localDateOf } from '@opennrm/core';

/** Today in the reader's time zone, for checks before sending (the server checks again in the country's). */
export function browserToday(): LocalDate {
  return localDateOf(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);
}
