import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedDate } from 'react-intl';
import { isApiProblem } from '../api/problem';
import type { CaseDetail } from '../api/types';
import type { CaseFileDetail } from '../cases/case-file-types';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { Loading, Notice, ProblemNotice } from '../ui/Alerts';
import { ConsentsPanel } from './ConsentsPanel';
import { DuplicatesPanel } from './DuplicatesPanel';
import { useReferralLabels } from './labels';
import { useCaseReferral } from './queries';
import type { ReferralRecord } from './types';
import './referrals.css';

/** The case's referral and consents, and for the decision maker its possible duplicates. */
export function CaseReferralSection({ item }: { readonly item: CaseDetail }): ReactNode {
  const permissions = usePermissions();
  const t = useT();
  if (!permissions.canSome('referral', 'read')) return null;
  return (
    <section className="section" aria-labelledby="case-referral">
      <h2 id="case-referral">{t('referrals.case.title')}</h2>
      {(item as CaseFileDetail).hiddenSections?.includes('referral') ? (
        <p>{t('caseFile.hiddenForPurpose')}</p>
      ) : (
        <ReferralSummary caseId={item.id} />
      )}
      {permissions.canSome('consent', 'list') ? <ConsentsPanel caseId={item.id} /> : null}
      {permissions.canSome('decision', 'list') ? <DuplicatesPanel caseId={item.id} /> : null}
    </section>
  );
}

function ReferralSummary({ caseId }: { readonly caseId: string }): ReactNode {
  const t = useT();
  const referral = useCaseReferral(caseId, false, true);
  if (referral.isPending) return <Loading />;
  if (isApiProblem(referral.error) && referral.error.status === 404) return <p>{t('referrals.case.none')}</p>;
  if (!referral.data) return <ProblemNotice error={referral.error} />;
  return <ReferralFacts referral={referral.data} />;
}

function ReferralFacts({ referral }: { readonly referral: ReferralRecord }): ReactNode {
  const t = useT();
  const labels = useLabels();
  const words = useReferralLabels();
  const none = t('common.notRecorded');
  const list = (items: readonly string[]) => (items.length > 0 ? labels.list(items) : none);
  const child = referral.childStatus === 'child' || referral.childStatus === 'presumed_child';
  const rows: [string, ReactNode][] = [
    [
      t('referrals.case.referredBy'),
      t('referrals.case.referredByValue', {
        person: referral.referredBy,
        organisation: referral.referringOrganisation.name,
      }),
    ],
    [
      t('referrals.confirmation.referredAt'),
      <FormattedDate key="at" value={referral.referredAt} dateStyle="long" />,
    ],
    [t('referrals.authority.label'), referral.competentOrganisation.name],
    [t('referrals.check.childStatus'), words.childStatus(referral.childStatus)],
    [t('referrals.exploitation.forms'), list(referral.exploitationForms.map(labels.exploitationForm))],
    [t('referrals.exploitation.acts'), list(referral.elements.acts.map(words.act))],
    ...(child
      ? []
      : ([[t('referrals.exploitation.means'), list(referral.elements.means.map(words.means))]] as [
          string,
          ReactNode,
        ][])),
    [t('referrals.exploitation.location'), words.location(referral.exploitationLocation)],
    [
      t('referrals.events.title'),
      list(
        referral.events.map((event) =>
          t('referrals.check.event', {
            kind: words.event(event.kind),
            country: labels.country(event.country),
            date: event.date ?? t('referrals.events.notKnown'),
          }),
        ),
      ),
    ],
    [t('referrals.needs.urgent'), list(referral.urgentNeeds.map(words.need))],
    [
      t('referrals.needs.interpreter'),
      referral.interpreterNeeded
        ? referral.interpreterLanguage
          ? t('referrals.case.interpreterIn', { language: labels.language(referral.interpreterLanguage) })
          : t('common.yes')
        : t('common.no'),
    ],
    [
      t('referrals.confirmation.dueAt'),
      referral.reasonableGroundsDueAt ? (
        <FormattedDate key="due" value={referral.reasonableGroundsDueAt} dateStyle="long" />
      ) : (
        t('referrals.case.noReasonableGrounds')
      ),
    ],
  ];
  return (
    <>
      <dl className="summary-list">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>
              <bdi>{value}</bdi>
            </dd>
          </div>
        ))}
      </dl>
      <ReferralDetails caseId={referral.caseId} />
    </>
  );
}

/** Narrative and safe contact: fetched only on request (each read audited) and dropped when hidden. */
function ReferralDetails({ caseId }: { readonly caseId: string }): ReactNode {
  const t = useT();
  const queryClient = useQueryClient();
  const [shown, setShown] = useState(false);
  const details = useCaseReferral(caseId, true, shown);
  return (
    <div className="subsection">
      <Button
        className="button button-secondary"
        aria-expanded={shown}
        aria-controls="referral-details"
        onPress={() => {
          if (shown) queryClient.removeQueries({ queryKey: ['case-referral', caseId, true] });
          setShown(!shown);
        }}
      >
        {t(shown ? 'referrals.case.hideDetails' : 'referrals.case.showDetails')}
      </Button>
      <div id="referral-details">
        {shown && details.isPending ? <Loading /> : null}
        {shown ? <ProblemNotice error={details.error} /> : null}
        {shown && details.data ? (
          <dl className="summary-list">
            <div>
              <dt>{t('referrals.needs.narrative')}</dt>
              <dd className="referral-wide">
                {details.data.hiddenFields.includes('narrative')
                  ? t('referrals.case.withheld')
                  : (details.data.narrative ?? t('common.notRecorded'))}
              </dd>
            </div>
            <div>
              <dt>{t('referrals.person.contact')}</dt>
              <dd>
                {details.data.hiddenFields.includes('safeContact')
                  ? t('referrals.case.withheld')
                  : (details.data.safeContact ?? t('common.notRecorded'))}
              </dd>
            </div>
          </dl>
        ) : null}
        {shown && details.data ? (
          <Notice tone="info" live="off">
            <p>{t('referrals.case.auditNotice')}</p>
          </Notice>
        ) : null}
      </div>
    </div>
  );
}
