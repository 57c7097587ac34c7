import type { ReactNode } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { FormattedDate } from 'react-intl';
import { Link, useParams } from 'react-router';
import type { CaseDetail } from '../api/types';
import { CaseAssistanceSections } from '../assistance/CaseAssistanceSections';
import { OwnDataExport } from '../caseload/OwnDataExport';
import { CaseDecisionSection } from '../decisions/CaseDecisionSection';
import { CaseServiceReferrals } from '../directory/CaseServiceReferrals';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { CaseLegalSection } from '../legal/CaseLegalSection';
import { CaseReferralSection } from '../referrals/CaseReferralSection';
import { usePermissions } from '../session/permissions';
import { Loading, ProblemNotice } from '../ui/Alerts';
import { Page } from '../ui/Page';
import { AddTeamMember } from './AddTeamMemberDialog';
import { CaseFileSections } from './CaseFileSections';
import { teamByOrganisation } from './case-team';
import { PersonSection } from './PersonSection';
import { useCaseDetail } from './queries';
import { useTeamPurpose } from './team-purpose';

export function CaseDetailPage(): ReactNode {
  const t = useT();
  const { caseId = '' } = useParams();
  const detail = useCaseDetail(caseId);
  const permissions = usePermissions();

  if (detail.isPending) return <Loading />;
  if (!detail.data) {
    return (
      <Page title={t('case.title.unknown')}>
        <ProblemNotice error={detail.error} />
        <p>
          <Link to="/cases">{t('case.backToCases')}</Link>
        </p>
      </Page>
    );
  }
  const item = detail.data;
  return (
    <Page title={t('case.title', { reference: item.reference })}>
      <p>
        <Link to="/cases">{t('case.backToCases')}</Link>
      </p>
      <CaseSummarySection item={item} />
      <CaseDecisionSection item={item} />
      <CaseReferralSection item={item} />
      <CaseAssistanceSections item={item} />
      <CaseServiceReferrals item={item} />
      <CaseLegalSection item={item} />
      <TeamSection item={item} />
      {permissions.canSome('person', 'read') ? <PersonSection personId={item.personId} /> : null}
      <OwnDataExport item={item} />
      <CaseFileSections item={item} />
    </Page>
  );
}

function CaseSummarySection({ item }: { readonly item: CaseDetail }): ReactNode {
  const t = useT();
  const labels = useLabels();
  const rows: [string, ReactNode][] = [
    [
      t('cases.column.reference'),
      <span key="reference" dir="ltr">
        {item.reference}
      </span>,
    ],
    [t('cases.column.stage'), labels.stage(item.stage)],
    [t('cases.column.child'), t(item.isChild ? 'cases.child.yes' : 'cases.child.no')],
    [t('cases.column.gender'), labels.gender(item.gender)],
    [t('cases.column.ageBand'), labels.ageBand(item.ageBand)],
    [t('cases.column.nationality'), labels.country(item.nationality)],
    ...((item.exploitationForms === undefined
      ? [[t('cases.column.exploitation'), t('caseFile.hiddenForPurpose')]]
      : [
          [
            t('cases.column.exploitation'),
            item.exploitationForms.length > 0
              ? labels.list(item.exploitationForms.map(labels.exploitationForm))
              : t('common.notRecorded'),
          ],
          [
            t('case.exploitationPlace'),
            item.exploitationPlace ? t(`case.place.${item.exploitationPlace}`) : t('common.notRecorded'),
          ],
          [
            t('case.exploitationCountries'),
            (item.exploitationCountries ?? []).length > 0
              ? labels.list((item.exploitationCountries ?? []).map((code) => labels.country(code)))
              : t('common.notRecorded'),
          ],
        ]) as [string, ReactNode][]),
    [t('cases.column.region'), labels.region(item.region)],
    [
      t('cases.column.lead'),
      <Link key="lead" to={`/organisations/${item.leadOrganisation.id}`}>
        {item.leadOrganisation.name}
      </Link>,
    ],
    [
      t('case.referringOrganisation'),
      <Link key="referring" to={`/organisations/${item.referringOrganisation.id}`}>
        {item.referringOrganisation.name}
      </Link>,
    ],
    [
      t('cases.column.firstContact'),
      <FormattedDate key="first-contact" value={item.firstContactAt} dateStyle="long" />,
    ],
  ];
  return (
    <section className="section" aria-labelledby="case-summary">
      <h2 id="case-summary">{t('case.summary')}</h2>
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
    </section>
  );
}

function TeamSection({ item }: { readonly item: CaseDetail }): ReactNode {
  const t = useT();
  const labels = useLabels();
  const purpose = useTeamPurpose();
  return (
    <section className="section" aria-labelledby="case-team">
      <h2 id="case-team">{t('case.team')}</h2>
      <p>{t('case.team.intro')}</p>
      <div className="table-scroll">
        <Table aria-labelledby="case-team" className="table">
          <TableHeader>
            <Column isRowHeader>{t('case.team.organisation')}</Column>
            <Column>{t('case.team.kind')}</Column>
            <Column>{t('case.team.purpose')}</Column>
            <Column>{t('case.team.since')}</Column>
          </TableHeader>
          <TableBody
            dependencies={[labels, purpose]}
            items={teamByOrganisation(item.team)}
            renderEmptyState={() => <p className="table-empty">{t('case.team.empty')}</p>}
          >
            {(row) => (
              <Row id={row.id}>
                <Cell textValue={row.organisation.name}>
                  <Link to={`/organisations/${row.organisation.id}`}>
                    <bdi>{row.organisation.name}</bdi>
                  </Link>
                </Cell>
                <Cell>{labels.organisationKind(row.organisation.kind)}</Cell>
                <Cell>{labels.list(row.purposes.map(purpose))}</Cell>
                <Cell>
                  <FormattedDate value={row.since} dateStyle="medium" />
                </Cell>
              </Row>
            )}
          </TableBody>
        </Table>
      </div>
      <AddTeamMember caseId={item.id} />
    </section>
  );
}
