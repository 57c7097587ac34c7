import { CASE_STAGES, type CaseStage, isCaseStage } from '@opennrm/core';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { Loading, ProblemNotice } from '../ui/Alerts';
import { SelectInput, SingleCheckbox, TextInput } from '../ui/fields';
import { Page } from '../ui/Page';
import { Pagination } from '../ui/Pagination';
import { pageNumber, useListParams } from '../ui/search-params';
import { CapacityAlertsSection } from './CapacityAlerts';
import { MyCasesTable } from './MyCasesTable';
import { type CaseFilters, useMyCases } from './queries';
import type { CaseloadScope, CaseSort } from './types';
import { OverdueActionsSection, ReviewsDueSection } from './WorkLists';
import { referenceQuery } from './words';
import './caseload.css';

const PAGE_SIZE = 25;
const SORTS: readonly CaseSort[] = [
  'next_action',
  'overdue',
  'review_due',
  'last_activity',
  'reference',
  'first_contact_desc',
  'first_contact_asc',
];
type ScopeChoice = 'auto' | CaseloadScope;
type ChildChoice = 'all' | 'true' | 'false';
type Owner = 'any' | 'organisation' | 'me';

const isSort = (value: string | null): value is CaseSort => SORTS.includes(value as CaseSort);

/**
 * `/caseload`: a case worker's home for their cases — my cases with the plan's figures,
 * overdue actions, reviews due and capacity alerts. Filters live in the URL (codes and
 * case references only, never a name), every list is paginated and sorted by the server.
 */
export function CaseloadPage(): ReactNode {
  const t = useT();
  const labels = useLabels();
  const permissions = usePermissions();
  const [params, setParams] = useListParams([
    'scope',
    'stage',
    'child',
    'overdue',
    'q',
    'sort',
    'page',
    'apage',
    'aowner',
    'rpage',
    'cpage',
  ] as const);
  const scope: CaseloadScope | undefined =
    params.scope === 'mine' || params.scope === 'team' ? params.scope : undefined;
  const stage: CaseStage | undefined = isCaseStage(params.stage) ? params.stage : undefined;
  const child = params.child === 'true' || params.child === 'false' ? params.child : undefined;
  const overdue = params.overdue === 'true' ? 'true' : undefined;
  const q = params.q ? referenceQuery(params.q) : undefined;
  const sort: CaseSort = isSort(params.sort) ? params.sort : 'next_action';
  const owner: Owner = params.aowner === 'organisation' || params.aowner === 'me' ? params.aowner : 'any';
  const filters: CaseFilters = { scope, stage, child, q: q || undefined };
  const cases = useMyCases({ ...filters, overdue, sort, page: pageNumber(params.page), pageSize: PAGE_SIZE });
  const [typed, setTyped] = useState(q ?? '');
  useEffect(() => setTyped(q ?? ''), [q]);
  const resetPages = { page: null, apage: null, rpage: null, cpage: null };

  const search = (event: FormEvent): void => {
    event.preventDefault();
    setParams({ q: referenceQuery(typed) || null, ...resetPages });
  };

  return (
    <Page
      title={t('caseload.title')}
      lead={<p>{t('caseload.lead')}</p>}
      actions={
        permissions.canSome('caseload', 'read') ? (
          <Link className="button button-secondary" to="/caseload/team">
            {t('caseload.team.link')}
          </Link>
        ) : undefined
      }
    >
      <search className="filters" aria-label={t('caseload.filter.label')}>
        <SelectInput<ScopeChoice>
          id="caseload-scope"
          name="scope"
          label={t('caseload.filter.scope')}
          options={[
            { id: 'auto', label: t('caseload.scope.auto') },
            { id: 'mine', label: t('caseload.scope.mine') },
            { id: 'team', label: t('caseload.scope.team') },
          ]}
          value={scope ?? 'auto'}
          onChange={(value) => setParams({ scope: value === 'auto' ? null : value, ...resetPages })}
          placeholder={t('common.choose')}
        />
        <SelectInput
          id="caseload-stage"
          name="stage"
          label={t('caseload.filter.stage')}
          options={[
            { id: 'all', label: t('caseload.filter.allStages') },
            ...CASE_STAGES.map((value) => ({ id: value, label: labels.stage(value) })),
          ]}
          value={stage ?? 'all'}
          onChange={(value) => setParams({ stage: value === 'all' ? null : value, ...resetPages })}
          placeholder={t('common.choose')}
        />
        <SelectInput<ChildChoice>
          id="caseload-child"
          name="child"
          label={t('caseload.filter.age')}
          options={[
            { id: 'all', label: t('caseload.filter.allAges') },
            { id: 'true', label: t('caseload.filter.children') },
            { id: 'false', label: t('caseload.filter.adults') },
          ]}
          value={child ?? 'all'}
          onChange={(value) => setParams({ child: value === 'all' ? null : value, ...resetPages })}
          placeholder={t('common.choose')}
        />
        <form className="caseload-search" onSubmit={search}>
          <TextInput
            id="caseload-reference"
            name="q"
            label={t('caseload.filter.reference')}
            description={t('caseload.filter.referenceHint')}
            value={typed}
            onChange={setTyped}
            type="search"
            ltr
            maxLength={40}
          />
          <Button type="submit" className="button button-secondary">
            {t('caseload.filter.search')}
          </Button>
        </form>
        <SingleCheckbox
          name="overdue"
          label={t('caseload.filter.overdueOnly')}
          isSelected={overdue === 'true'}
          onChange={(selected) => setParams({ overdue: selected ? 'true' : null, page: null })}
        />
      </search>

      <section className="section" aria-labelledby="caseload-cases">
        <h2 id="caseload-cases">{t('caseload.cases.title')}</h2>
        <ProblemNotice error={cases.error} />
        {cases.isPending ? <Loading /> : null}
        {cases.data ? (
          <>
            <p className="muted">
              {t(cases.data.scope === 'mine' ? 'caseload.scope.showingMine' : 'caseload.scope.showingTeam')}
            </p>
            <MyCasesTable
              cases={cases.data.items}
              sort={sort}
              onSortChange={(next) => setParams({ sort: next === 'next_action' ? null : next, page: null })}
              label={t('caseload.cases.label')}
            />
            <Pagination
              label={t('caseload.cases.pagination')}
              page={cases.data.page}
              pageSize={cases.data.pageSize}
              total={cases.data.total}
              onPageChange={(next) => setParams({ page: next })}
            />
          </>
        ) : null}
      </section>

      <OverdueActionsSection
        filters={filters}
        page={pageNumber(params.apage)}
        onPageChange={(next) => setParams({ apage: next })}
        owner={owner}
        onOwnerChange={(next) => setParams({ aowner: next === 'any' ? null : next, apage: null })}
      />
      <ReviewsDueSection
        filters={filters}
        page={pageNumber(params.rpage)}
        onPageChange={(next) => setParams({ rpage: next })}
      />
      <CapacityAlertsSection
        scope={scope}
        page={pageNumber(params.cpage)}
        onPageChange={(next) => setParams({ cpage: next })}
      />
    </Page>
  );
}
