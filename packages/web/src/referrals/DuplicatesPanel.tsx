import type { DuplicateReviewOutcome } from '@opennrm/core';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { FormattedDate } from 'react-intl';
import { api } from '../api/client';
import { useT } from '../i18n/use-t';
import { ActionDialog } from '../ui/ActionDialog';
import { Loading, ProblemNotice } from '../ui/Alerts';
import { useReferralLabels } from './labels';
import { useCaseDuplicates } from './queries';
import type { PossibleDuplicate } from './types';

/**
 * For the decision maker: the person may have been referred before. Never whose case it
 * is; only the basis of the match, when it was flagged, and whether their own
 * organisation knows the other case.
 */
export function DuplicatesPanel({ caseId }: { readonly caseId: string }): ReactNode {
  const t = useT();
  const words = useReferralLabels();
  const queryClient = useQueryClient();
  const duplicates = useCaseDuplicates(caseId, true);
  const review = (id: string, outcome: DuplicateReviewOutcome) =>
    api.post<PossibleDuplicate>(
      `/api/cases/${encodeURIComponent(caseId)}/duplicates/${encodeURIComponent(id)}/review`,
      {
        outcome,
      },
    );
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['case-duplicates', caseId] });

  return (
    <section className="subsection" aria-labelledby="case-duplicates">
      <h3 id="case-duplicates">{t('referrals.duplicates.title')}</h3>
      {duplicates.isPending ? <Loading /> : null}
      <ProblemNotice error={duplicates.error} />
      {duplicates.data && duplicates.data.items.length === 0 ? <p>{t('referrals.duplicates.none')}</p> : null}
      {duplicates.data && duplicates.data.items.length > 0 ? (
        <>
          <p>{t('referrals.duplicates.intro')}</p>
          <ul className="plain-list">
            {duplicates.data.items.map((item) => (
              <li key={item.id} className="subsection">
                <p>
                  {words.basis(item.basis)} · <FormattedDate value={item.flaggedAt} dateStyle="medium" /> ·{' '}
                  {t(
                    item.knownToYourOrganisation
                      ? 'referrals.duplicates.known'
                      : 'referrals.duplicates.unknown',
                  )}
                </p>
                <p>
                  {item.reviewOutcome ? (
                    <>
                      {t('referrals.duplicates.reviewed', { outcome: words.review(item.reviewOutcome) })}{' '}
                      {item.reviewedAt ? <FormattedDate value={item.reviewedAt} dateStyle="medium" /> : null}
                    </>
                  ) : (
                    t('referrals.duplicates.notReviewed')
                  )}
                </p>
                <div className="button-row">
                  {(['same_person', 'different_person'] as const).map((outcome) => (
                    <ActionDialog
                      key={outcome}
                      title={t('referrals.duplicates.confirmTitle')}
                      triggerLabel={words.review(outcome)}
                      confirmLabel={words.review(outcome)}
                      action={() => review(item.id, outcome)}
                      onDone={refresh}
                    >
                      <p>{t('referrals.duplicates.confirmText', { outcome: words.review(outcome) })}</p>
                    </ActionDialog>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
