import type { DisabilityType, MigrationStatus, Vulnerability } from '@opennrm/core';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../i18n/catalogues';
import { useTeamPurpose } from './team-purpose';

/** Words of the case file: codes turned into the reader's language. Unknown codes show as sent. */
export type CaseFileWords = {
  readonly migrationStatus: (status: MigrationStatus) => string;
  readonly vulnerability: (vulnerability: Vulnerability) => string;
  readonly disability: (disability: DisabilityType) => string;
  readonly purpose: (purpose: string) => string;
  readonly message: (id: string, values?: Record<string, string | number>) => string;
  /** A date in the reader's language (from an ISO instant or a YYYY-MM-DD day). */
  readonly date: (value: string) => string;
};

export function useCaseFileWords(): CaseFileWords {
  const intl = useIntl();
  const teamPurpose = useTeamPurpose();
  return useMemo(() => {
    const message = (id: string, values?: Record<string, string | number>): string =>
      (intl.messages as Readonly<Record<string, unknown>>)[id] === undefined
        ? id
        : intl.formatMessage({ id: id as MessageId }, values);
    return {
      migrationStatus: (status) => message(`caseFile.migration.${status}`),
      vulnerability: (vulnerability) => message(`caseFile.vulnerability.${vulnerability}`),
      disability: (disability) => message(`caseFile.disability.${disability}`),
      purpose: (purpose) =>
        purpose === 'advocacy' ? message('caseFile.purpose.advocacy') : teamPurpose(purpose),
      message,
      date: (value) =>
        value.length === 10
          ? intl.formatDate(`${value}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' })
          : intl.formatDate(value, { dateStyle: 'medium' }),
    };
  }, [intl, teamPurpose]);
}
