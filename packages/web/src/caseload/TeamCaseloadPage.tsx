import { type ReactNode, useState } from 'react';
import { Button, Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { ConfirmModal } from '../ui/ActionDialog';
import { Loading, Notice, ProblemNotice } from '../ui/Alerts';
import { SelectInput } from '../ui/fields';
import { Page } from '../ui/Page';
import { Pagination } from '../ui/Pagination';
import { pageNumber, useListParams } from '../ui/search-params';
import { MyCasesTable } from './MyCasesTable';
import { useAssignCaseWorker, useMyCases, useTeamCaseload } from './queries';
import type { CaseloadCase, CaseSort, TeamMember, TeamSort } from './types';
import './caseload.css';

const PAGE_SIZE = 25;
const CASES_PAGE_SIZE = 25;
/** Everyone who may be named: the team list's first page holds a whole organisation's staff. */
const STAFF_PAGE_SIZE = 200;
const CASELOAD_ROLES = ['case_worker', 'case_supervisor'];
const NOBODY = 'nobody';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TEAM_SORTS: readonly TeamSort[] = ['name', 'open_cases', 'overdue', 'reviews'];

/** Moves a case to another case worker of the organisation (or to nobody), after asking. */
function ReassignDialog({
  item,
  staff,
  onClose,
  onDone,
}: {
  readonly item: CaseloadCase;
  readonly staff: readonly TeamMember[];
  readonly onClose: () => void;
  readonly onDone: (message: string) => void;
}): ReactNode {
  const t = useT();
  const assign = useAssignCaseWorker();
  const [choice, setChoice] = useState<string>(item.caseWorker?.id ?? NOBODY);
  const options = [
    { id: NOBODY, label: t('caseload.reassign.nobody') },
    ...staff
      .filter((member) => member.roles.some((role) => CASELOAD_ROLES.includes(role)))
      .map((member) => ({ id: member.user.id, label: member.user.name })),
  ];
  const chosen = staff.find((member) => member.user.id === choice);
  return (
    <ConfirmModal
      isOpen
      onClose={onClose}
      title={t('caseload.reassign.title', { reference: item.reference })}
      confirmLabel={t('caseload.reassign.confirm')}
      action={() => assign.mutateAsync({ caseId: item.id, userId: choice === NOBODY ? null : choice })}
      onDone={() =>
        onDone(
          chosen
            ? t('caseload.reassign.done', { reference: item.reference, name: chosen.user.name })
            : t('caseload.reassign.cleared', { reference: item.reference }),
        )
      }
    >
      <p>{t('caseload.reassign.explain')}</p>
      <SelectInput
        id="caseload-reassign-worker"
        name="userId"
        label={t('caseload.reassign.worker')}
        options={options}
        value={choice}
        onChange={setChoice}
        placeholder={t('common.choose')}
      />
    </ConfirmModal>
  );
}

/**
 * `/caseload/team` (case supervisors): each case worker's open cases, overdue actions and
 * reviews due, the organisation's cases nobody is named for, and reassignment.
 */
export function TeamCaseloadPage(): ReactNode {
  const t = useT();
  const permissions = usePermissions();
  const allowed = permissions.canSome('caseload', 'read');
  const [params, setParams] = useListParams(['sort', 'page', 'worker', 'cpage', 'csort'] as const);
  const sort: TeamSort = TEAM_SORTS.includes(params.sort as TeamSort) ? (params.sort as TeamSort) : 'name';
  const worker =
    params.worker === 'none' || (params.worker && UUID.test(params.worker)) ? params.worker : null;
  const caseSort: CaseSort =
    params.csort === 'reference' || params.csort === 'overdue' ? params.csort : 'next_action';
  const team = useTeamCaseload({ sort, page: pageNumber(params.page), pageSize: PAGE_SIZE }, allowed);
  const staff = useTeamCaseload({ sort: 'name', page: 1, pageSize: STAFF_PAGE_SIZE }, allowed);
  const cases = useMyCases(
    {
      worker: worker ?? undefined,
      sort: caseSort,
      page: pageNumber(params.cpage),
      pageSize: CASES_PAGE_SIZE,
    },
    allowed && worker !== null,
  );
  const [reassigning, setReassigning] = useState<CaseloadCase | null>(null);
  const [done, setDone] = useState<string | null>(null);

  if (!allowed) {
    return (
      <Page title={t('caseload.team.title')}>
        <p>{t('caseload.team.notAllowed')}</p>
      </Page>
    );
  }
  const workerName =
    worker === 'none'
      ? t('caseload.team.unassigned')
      : (staff.data?.items.find((m) => m.user.id === worker)?.user.name ?? '');
  const show = (id: string, name: string) => (
    <Button
      className="button button-secondary button-small"
      onPress={() => setParams({ worker: id, cpage: null })}
      aria-label={t('caseload.team.showCasesOf', { name })}
    >
      {t('caseload.team.showCases')}
    </Button>
  );

  return (
    <Page title={t('caseload.team.title')} lead={<p>{t('caseload.team.lead')}</p>}>
      <div className="filters">
        <SelectInput<TeamSort>
          id="caseload-team-sort"
          name="sort"
          label={t('caseload.team.sort')}
          options={TEAM_SORTS.map((id) => ({ id, label: t(`caseload.team.sort.${id}`) }))}
          value={sort}
          onChange={(value) => setParams({ sort: value === 'name' ? null : value, page: null })}
          placeholder={t('common.choose')}
        />
      </div>
      <ProblemNotice error={team.error} />
      {team.isPending ? <Loading /> : null}
      {team.data ? (
        <section className="section" aria-labelledby="caseload-team">
          <h2 id="caseload-team">{t('caseload.team.workers')}</h2>
          <div className="table-scroll">
            <Table aria-labelledby="caseload-team" className="table">
              <TableHeader>
                <Column isRowHeader>{t('caseload.column.worker')}</Column>
                <Column>{t('caseload.team.openCases')}</Column>
                <Column>{t('caseload.team.overdueActions')}</Column>
                <Column>{t('caseload.team.reviewsDue')}</Column>
                <Column>{t('caseload.column.action')}</Column>
              </TableHeader>
              <TableBody
                items={[
                  ...team.data.items.map((member) => ({ key: member.user.id, member })),
                  { key: 'none', member: null },
                ]}
                dependencies={[t, team.data.unassigned]}
              >
                {({ key, member }) =>
                  member ? (
                    <Row id={key}>
                      <Cell textValue={member.user.name}>
                        <bdi>{member.user.name}</bdi>
                      </Cell>
                      <Cell>{member.openCases}</Cell>
                      <Cell>
                        {member.overdueActions > 0 ? (
                          <span className="caseload-tag">{member.overdueActions}</span>
                        ) : (
                          0
                        )}
                      </Cell>
                      <Cell>{member.reviewsDue}</Cell>
                      <Cell>{show(member.user.id, member.user.name)}</Cell>
                    </Row>
                  ) : (
                    <Row id={key}>
                      <Cell textValue={t('caseload.team.unassigned')}>
                        <strong>{t('caseload.team.unassigned')}</strong>
                      </Cell>
                      <Cell>{team.data.unassigned.openCases}</Cell>
                      <Cell>
                        {team.data.unassigned.overdueActions > 0 ? (
                          <span className="caseload-tag">{team.data.unassigned.overdueActions}</span>
                        ) : (
                          0
                        )}
                      </Cell>
                      <Cell>{team.data.unassigned.reviewsDue}</Cell>
                      <Cell>{show('none', t('caseload.team.unassigned'))}</Cell>
                    </Row>
                  )
                }
              </TableBody>
            </Table>
          </div>
          <Pagination
            label={t('caseload.team.pagination')}
            page={team.data.page}
            pageSize={team.data.pageSize}
            total={team.data.total}
            onPageChange={(next) => setParams({ page: next })}
          />
        </section>
      ) : null}

      {done ? <Notice tone="success">{done}</Notice> : null}

      {worker ? (
        <section className="section" aria-labelledby="caseload-team-cases">
          <h2 id="caseload-team-cases">
            {worker === 'none'
              ? t('caseload.team.casesUnassigned')
              : t('caseload.team.casesOf', { name: workerName })}
          </h2>
          <ProblemNotice error={cases.error} />
          {cases.isPending ? <Loading /> : null}
          {cases.data ? (
            <>
              <MyCasesTable
                cases={cases.data.items}
                sort={caseSort}
                onSortChange={(next) =>
                  setParams({ csort: next === 'next_action' ? null : next, cpage: null })
                }
                label={t('caseload.team.casesLabel')}
                renderAction={(item) =>
                  // Only the lead organisation names a case's worker.
                  item.leadOrganisation.id !== permissions.actor.organisationId ? null : (
                    <Button
                      className="button button-secondary button-small"
                      onPress={() => {
                        setDone(null);
                        setReassigning(item);
                      }}
                      aria-label={t('caseload.reassign.buttonLabel', { reference: item.reference })}
                    >
                      {t('caseload.reassign.button')}
                    </Button>
                  )
                }
              />
              <Pagination
                label={t('caseload.team.casesPagination')}
                page={cases.data.page}
                pageSize={cases.data.pageSize}
                total={cases.data.total}
                onPageChange={(next) => setParams({ cpage: next })}
              />
            </>
          ) : null}
        </section>
      ) : null}

      {reassigning ? (
        <ReassignDialog
          item={reassigning}
          staff={staff.data?.items ?? []}
          onClose={() => setReassigning(null)}
          onDone={setDone}
        />
      ) : null}
    </Page>
  );
}
