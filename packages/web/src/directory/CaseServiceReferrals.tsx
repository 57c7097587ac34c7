import type { ReactNode } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { FormattedDate } from 'react-intl';
import { Link } from 'react-router';
import type { CaseDetail } from '../api/types';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { ProblemNotice } from '../ui/Alerts';
import { StatusTag } from './ServiceParts';
import { useCaseServiceReferrals } from './ServiceQueries';
import { ReferralActions } from './ServiceReferralActions';
import type { ServiceReferral } from './ServiceTypes';
import { useDirectoryWords } from './ServiceWords';

/**
 * Case page: the service referrals sent for this case, with their status, and the way to
 * find a service. Shown only when the reader's purpose on the team shows service
 * referrals (the server answers "not found" otherwise, and nothing is shown).
 */
export function CaseServiceReferrals({ item }: { readonly item: CaseDetail }): ReactNode {
  const t = useT();
  const permissions = usePermissions();
  const mayList = permissions.canSome('service_referral', 'list');
  const referrals = useCaseServiceReferrals(item.id, mayList);
  if (!mayList || referrals.isPending || referrals.data === null) return null;
  return (
    <section className="section" aria-labelledby="case-service-referrals">
      <h2 id="case-service-referrals">{t('directory.case.title')}</h2>
      <ProblemNotice error={referrals.error} />
      {permissions.canSome('service_referral', 'create') ? (
        <p>
          <Link to={`/cases/${encodeURIComponent(item.id)}/find-service`} className="button button-secondary">
            {t('directory.case.find')}
          </Link>
        </p>
      ) : null}
      {referrals.data ? <ReferralTable referrals={referrals.data} /> : null}
    </section>
  );
}

function ReferralTable({ referrals }: { readonly referrals: readonly ServiceReferral[] }): ReactNode {
  const t = useT();
  const words = useDirectoryWords();
  if (referrals.length === 0) return <p>{t('directory.case.empty')}</p>;
  return (
    <div className="table-scroll">
      <Table aria-labelledby="case-service-referrals" className="table table-dense">
        <TableHeader>
          <Column isRowHeader>{t('directory.case.column.service')}</Column>
          <Column>{t('directory.case.column.need')}</Column>
          <Column>{t('directory.case.column.status')}</Column>
          <Column>{t('directory.case.column.sent')}</Column>
          <Column>{t('directory.case.column.answer')}</Column>
          <Column>{t('directory.case.column.actions')}</Column>
        </TableHeader>
        <TableBody items={referrals} dependencies={[t, words]}>
          {(referral) => (
            <Row id={referral.id}>
              <Cell textValue={referral.service.name}>
                <Link to={`/services/${referral.service.id}`}>
                  <bdi>{referral.service.name}</bdi>
                </Link>
                <br />
                <span className="muted">
                  <bdi>{referral.provider.name}</bdi>
                </span>
              </Cell>
              <Cell>{words.need(referral.needDomain)}</Cell>
              <Cell>
                <StatusTag status={referral.status} />
              </Cell>
              <Cell>
                <FormattedDate value={referral.sentAt} dateStyle="medium" />
              </Cell>
              <Cell>
                {referral.declineReason ? words.declineReason(referral.declineReason) : null}
                {referral.responseNote ? (
                  <p className="service-message" dir="auto">
                    {referral.responseNote}
                  </p>
                ) : null}
                {referral.outcome ? words.outcome(referral.outcome) : null}
              </Cell>
              <Cell>
                <ReferralActions item={referral} />
              </Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
  );
}
