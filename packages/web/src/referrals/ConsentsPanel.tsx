import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { FormattedDate } from 'react-intl';
import { api } from '../api/client';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { ActionDialog } from '../ui/ActionDialog';
import { Loading, ProblemNotice } from '../ui/Alerts';
import { useReferralLabels } from './labels';
import { useCaseConsents } from './queries';
import { RecordConsentDialog } from './RecordConsentDialog';
import type { ConsentRecord } from './types';

/** What the person agreed to share, with whom; a revocation takes effect from now on. */
export function ConsentsPanel({ caseId }: { readonly caseId: string }): ReactNode {
  const t = useT();
  const labels = useLabels();
  const words = useReferralLabels();
  const permissions = usePermissions();
  const queryClient = useQueryClient();
  const consents = useCaseConsents(caseId, true);
  const canRevoke = permissions.canSome('consent', 'update');
  const refresh = (): void => {
    void queryClient.invalidateQueries({ queryKey: ['case-consents', caseId] });
    // Sharing with a provider changes who is on the team.
    void queryClient.invalidateQueries({ queryKey: ['case', caseId] });
  };

  return (
    <section className="subsection" aria-labelledby="case-consents">
      <h3 id="case-consents">{t('referrals.consents.title')}</h3>
      <p>{t('referrals.consents.intro')}</p>
      {consents.isPending ? <Loading /> : null}
      <ProblemNotice error={consents.error} />
      {consents.data ? (
        <div className="table-scroll">
          <Table aria-labelledby="case-consents" className="table">
            <TableHeader>
              <Column isRowHeader>{t('referrals.consents.purpose')}</Column>
              <Column>{t('referrals.consents.recipient')}</Column>
              <Column>{t('referrals.consents.given')}</Column>
              <Column>{t('referrals.consents.how')}</Column>
              <Column>{t('referrals.consents.state')}</Column>
              <Column>{t('referrals.consents.actions')}</Column>
            </TableHeader>
            <TableBody
              items={consents.data.items}
              dependencies={[labels, words, canRevoke]}
              renderEmptyState={() => <p className="table-empty">{t('referrals.consents.none')}</p>}
            >
              {(consent: ConsentRecord) => (
                <Row id={consent.id}>
                  <Cell>{words.purpose(consent.purpose)}</Cell>
                  <Cell>
                    <bdi>
                      {consent.recipientOrganisation?.name ??
                        t(
                          consent.purpose === 'inform_law_enforcement'
                            ? 'referrals.consents.police'
                            : 'referrals.consents.authority',
                        )}
                    </bdi>
                  </Cell>
                  <Cell>
                    <FormattedDate value={consent.givenAt} dateStyle="medium" />
                  </Cell>
                  <Cell>
                    {t(
                      consent.interpreterUsed
                        ? 'referrals.consents.howInterpreted'
                        : 'referrals.consents.howPlain',
                      {
                        method: words.method(consent.method),
                        language: labels.language(consent.language),
                      },
                    )}
                  </Cell>
                  <Cell>
                    {consent.revokedAt ? (
                      <>
                        {t('referrals.consents.revokedOn')}{' '}
                        <FormattedDate value={consent.revokedAt} dateStyle="medium" />
                      </>
                    ) : (
                      t('referrals.consents.inForce')
                    )}
                  </Cell>
                  <Cell>
                    {canRevoke && consent.inForce ? (
                      <ActionDialog
                        title={t('referrals.consents.revokeTitle')}
                        triggerLabel={t('referrals.consents.revoke')}
                        triggerClassName="button button-secondary button-small"
                        confirmLabel={t('referrals.consents.revokeConfirm')}
                        action={() =>
                          api.post<ConsentRecord>(`/api/consents/${encodeURIComponent(consent.id)}/revoke`)
                        }
                        onDone={refresh}
                      >
                        <p>
                          {t('referrals.consents.revokeText', {
                            purpose: words.purpose(consent.purpose),
                          })}
                        </p>
                        {consent.purpose === 'share_with_provider' ? (
                          <p>{t('referrals.consents.revokeProvider')}</p>
                        ) : null}
                      </ActionDialog>
                    ) : null}
                  </Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        </div>
      ) : null}
      {permissions.canSome('consent', 'create') ? (
        <RecordConsentDialog caseId={caseId} onRecorded={refresh} />
      ) : null}
    </section>
  );
}
