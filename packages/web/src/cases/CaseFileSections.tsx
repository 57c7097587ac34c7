import type { ReactNode } from 'react';
import type { CaseDetail } from '../api/types';
import { usePermissions } from '../session/permissions';
import { AccountPanel } from './AccountPanel';
import { useCaseSections } from './case-file-queries';
import type { CaseFileDetail } from './case-file-types';
import { NotesPanel } from './NotesPanel';
import { SpecialNeedsPanel } from './SpecialNeedsPanel';
import { TimelinePanel } from './TimelinePanel';
import './case-file.css';

/**
 * Case page: demographics and special needs, the person’s account told once, case notes
 * and the timeline. Each part shows only when the role AND the organisation's purposes on
 * the team allow it (GET /sections); the server checks every request again.
 */
export function CaseFileSections({ item }: { readonly item: CaseDetail }): ReactNode {
  const permissions = usePermissions();
  const sectionsQuery = useCaseSections(item.id);
  if (!sectionsQuery.data) return null;
  const sections = new Set<string>(sectionsQuery.data.sections);
  const demographics = sections.has('demographics');
  const specialNeeds = sections.has('special_needs');
  return (
    <>
      {demographics || specialNeeds ? (
        <SpecialNeedsPanel
          item={item as CaseFileDetail}
          demographics={demographics}
          specialNeeds={specialNeeds}
          mayEdit={permissions.canSome('person', 'update')}
        />
      ) : null}
      {permissions.canSome('case_account', 'read') ? <AccountPanel caseId={item.id} /> : null}
      {sections.has('notes') && permissions.canSome('case_note', 'list') ? (
        <NotesPanel caseId={item.id} mayWrite={permissions.canSome('case_note', 'create')} />
      ) : null}
      <TimelinePanel caseId={item.id} />
    </>
  );
}
