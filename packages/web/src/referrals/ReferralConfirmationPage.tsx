import type { ReactNode } from 'react';
import { FormattedDate } from 'react-intl';
import { Link, useLocation, useParams } from 'react-router';
import { useT } from '../i18n/use-t';
import { Loading, Notice, ProblemNotice } from '../ui/Alerts';
import { Page } from '../ui/Page';
import { isUuid } from './draft-rules';
import { useReferralLabels } from './labels';
import { useReferral } from './queries';
import type { ReferralCreated } from './types';
import './referrals.css';

type Shown = Pick<
  ReferralCreated,
  | 'id'
  | 'caseId'
  | 'caseReference'
  | 'childStatus'
  | 'referredAt'
  | 'reasonableGroundsDueAt'
  | 'competentOrganisation'
> & {
  readonly childProtectionOrganisation?: ReferralCreated['childProtectionOrganisation'];
};

function isCreated(state: unknown, id: string): state is ReferralCreated {
  return typeof state === 'object' && state !== null && (state as { id?: unknown }).id === id;
}

/** `/referrals/:referralId/confirmation`: what was sent, what happens next, and the person's written confirmation. */
export function ReferralConfirmationPage(): ReactNode {
  const { referralId = '' } = useParams();
  const location = useLocation();
  const fromSubmit = isCreated(location.state, referralId) ? location.state : null;
  if (fromSubmit) return <Confirmation referral={fromSubmit} />;
  return <LoadedConfirmation referralId={referralId} />;
}

function LoadedConfirmation({ referralId }: { readonly referralId: string }): ReactNode {
  const t = useT();
  const referral = useReferral(isUuid(referralId) ? referralId : '00000000-0000-0000-0000-000000000000');
  if (referral.isPending) return <Loading />;
  if (!referral.data) {
    return (
      <Page title={t('referrals.confirmation.title')}>
        <ProblemNotice error={referral.error} />
      </Page>
    );
  }
  return <Confirmation referral={referral.data} />;
}

function Confirmation({ referral }: { readonly referral: Shown }): ReactNode {
  const t = useT();
  const words = useReferralLabels();
  const child = referral.childStatus === 'child' || referral.childStatus === 'presumed_child';
  const pdf = `/api/referrals/${encodeURIComponent(referral.id)}/confirmation.pdf`;
  return (
    <Page title={t('referrals.confirmation.title')}>
      <Notice tone="success" title={t('referrals.confirmation.sent')}>
        <p>{t('referrals.confirmation.reference', { reference: referral.caseReference })}</p>
      </Notice>
      <dl className="summary-list">
        <div>
          <dt>{t('referrals.confirmation.referredAt')}</dt>
          <dd>
            <FormattedDate value={referral.referredAt} dateStyle="long" timeStyle="short" />
          </dd>
        </div>
        <div>
          <dt>{t('referrals.authority.label')}</dt>
          <dd>
            <bdi>{referral.competentOrganisation.name}</bdi>
          </dd>
        </div>
        <div>
          <dt>{t('referrals.check.childStatus')}</dt>
          <dd>{words.childStatus(referral.childStatus)}</dd>
        </div>
        {referral.reasonableGroundsDueAt ? (
          <div>
            <dt>{t('referrals.confirmation.dueAt')}</dt>
            <dd>
              <FormattedDate value={referral.reasonableGroundsDueAt} dateStyle="long" />
            </dd>
          </div>
        ) : null}
      </dl>
      <section className="section" aria-labelledby="referral-next">
        <h2 id="referral-next">{t('referrals.confirmation.nextTitle')}</h2>
        <p>
          {referral.reasonableGroundsDueAt
            ? t('referrals.confirmation.nextTwoStages')
            : t('referrals.confirmation.nextOneStage')}
        </p>
        {child ? (
          <p>
            {referral.childProtectionOrganisation
              ? t('referrals.confirmation.childProtection', {
                  organisation: referral.childProtectionOrganisation.name,
                })
              : t('referrals.confirmation.childProtectionUnnamed')}
          </p>
        ) : null}
        <p>{t('referrals.confirmation.rights')}</p>
      </section>
      <section className="section" aria-labelledby="referral-letter">
        <h2 id="referral-letter">{t('referrals.confirmation.letterTitle')}</h2>
        <p>{t('referrals.confirmation.letterText')}</p>
        <p className="button-row">
          <a className="button button-primary" href={pdf} target="_blank" rel="noopener noreferrer">
            {t('referrals.confirmation.print')}
          </a>
          <Link className="button button-secondary" to={`/cases/${encodeURIComponent(referral.caseId)}`}>
            {t('referrals.confirmation.openCase')}
          </Link>
        </p>
      </section>
      <p>
        <Link to="/referrals">{t('referrals.backToReferrals')}</Link>
      </p>
    </Page>
  );
}
