import { CASE_STAGES, type CaseStage, isCaseStage } from '@opennrm/core';
import type { ReactNode } from 'react';
import type { CaseSort } from '../api/types';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { Loading, ProblemNotice } from '../ui/Alerts';
import { SelectInput } from '../ui/fields';
import { Page } from '../ui/Page';
import { Pagination } from '../ui/Pagination';
import { pageNumber, useListParams } from '../ui/search-params';
import { CasesTable } from './CasesTable';
import { useCaseList } from './queries';

const PAGE_SIZE = 25;
const SORTS: readonly CaseSort[] = ['first_contact_desc', 'first_contact_asc', 'reference'];
type ChildFilter = 'all' | 'true' | 'false';

function isSort(value: string | null): value is CaseSort {
  return SORTS.includes(value as CaseSort);
}

/** The cases the user's organisation is on the team of, with no personal data. */
export function CasesPage(): ReactNode {
  const t = useT();
  const labels = useLabels();
  const [params, setParams] = useListParams(['stage', 'child', 'sort', 'page'] as const);
  const stage: CaseStage | undefined = isCaseStage(params.stage) ? params.stage : undefined;
  const child = params.child === 'true' || params.child === 'false' ? params.child : undefined;
  const sort: CaseSort = isSort(params.sort) ? params.sort : 'first_contact_desc';
  const page = pageNumber(params.page);
  const list = useCaseList({ stage, child, sort, page, pageSize: PAGE_SIZE });

  const stageOptions = [
    { id: 'all', label: t('cases.filter.allStages') },
    ...CASE_STAGES.map((value) => ({ id: value, label: labels.stage(value) })),
  ];
  const childOptions: { id: ChildFilter; label: string }[] = [
    { id: 'all', label: t('cases.filter.allAges') },
    { id: 'true', label: t('cases.filter.children') },
    { id: 'false', label: t('cases.filter.adults') },
  ];

  return (
    <Page title={t('cases.title')} lead={<p>{t('cases.intro')}</p>}>
      <search className="filters" aria-label={t('cases.filter.label')}>
        <SelectInput
          id="cases-stage"
          name="stage"
          label={t('cases.filter.stage')}
          options={stageOptions}
          value={stage ?? 'all'}
          onChange={(value) => setParams({ stage: value === 'all' ? null : value, page: null })}
          placeholder={t('common.choose')}
        />
        <SelectInput
          id="cases-child"
          name="child"
          label={t('cases.filter.age')}
          options={childOptions}
          value={child ?? 'all'}
          onChange={(value) => setParams({ child: value === 'all' ? null : value, page: null })}
          placeholder={t('common.choose')}
        />
      </search>
      <ProblemNotice error={list.error} />
      {list.isPending ? <Loading /> : null}
      {list.data ? (
        <>
          <CasesTable
            cases={list.data.items}
            label={t('cases.table.label')}
            sort={sort}
            onSortChange={(next) =>
              setParams({ sort: next === 'first_contact_desc' ? null : next, page: null })
            }
          />
          <Pagination
            label={t('cases.pagination')}
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onPageChange={(next) => setParams({ page: next })}
          />
        </>
      ) : null}
    </Page>
  );
}
