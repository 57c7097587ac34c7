import { useCallback } from 'react';
import type { MessageId } from '../i18n/catalogues';
import { useT } from '../i18n/use-t';

/** Why an organisation is on a case team. Unknown purposes (added by later modules) show as sent. */
const PURPOSES: Readonly<Record<string, MessageId>> = {
  referral: 'case.purpose.referral',
  identification: 'case.purpose.identification',
  assistance: 'case.purpose.assistance',
  accommodation: 'case.purpose.accommodation',
  health: 'case.purpose.health',
  legal_aid: 'case.purpose.legal_aid',
  child_protection: 'case.purpose.child_protection',
  guardianship: 'case.purpose.guardianship',
  coordination: 'case.purpose.coordination',
  advocacy: 'caseFile.purpose.advocacy',
};

export function useTeamPurpose(): (purpose: string) => string {
  const t = useT();
  return useCallback(
    (purpose: string) => {
      const id = PURPOSES[purpose];
      return id ? t(id) : purpose;
    },
    [t],
  );
}
