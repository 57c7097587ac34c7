import { isOrganisationKind, ORGANISATION_KINDS } from '@opennrm/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { Loading, ProblemNotice } from '../ui/Alerts';
import { SelectInput, TextInput } from '../ui/fields';
import { Page } from '../ui/Page';
import { Pagination } from '../ui/Pagination';
import { pageNumber, useListParams } from '../ui/search-params';
import { OrganisationFormDialog } from './OrganisationFormDialog';
import { OrganisationsTable } from './OrganisationsTable';
import { useOrganisationList } from './queries';

const PAGE_SIZE = 25;

/** The directory of organisations taking part in the NRM. */
export function OrganisationsPage(): ReactNode {
  const t = useT();
  const labels = useLabels();
  const navigate = useNavigate();
  const permissions = usePermissions();
  const [params, setParams] = useListParams(['kind', 'region', 'q', 'page'] as const);
  const kind = isOrganisationKind(params.kind) ? params.kind : undefined;
  const page = pageNumber(params.page);
  const [draft, setDraft] = useState({
    region: params.region ? labels.region(params.region) : '',
    q: params.q ?? '',
  });
  const list = useOrganisationList({
    kind,
    region: params.region ?? undefined,
    q: params.q ?? undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  const kindOptions = [
    { id: 'all', label: t('organisations.filter.allKinds') },
    ...ORGANISATION_KINDS.map((value) => ({ id: value, label: labels.organisationKind(value) })),
  ];

  const apply = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setParams({ region: labels.regionCode(draft.region), q: draft.q.trim(), page: null });
  };

  return (
    <Page
      title={t('organisations.title')}
      lead={<p>{t('organisations.intro')}</p>}
      actions={
        permissions.canEverywhere('organisation', 'create') ? (
          <OrganisationFormDialog
            canSetActive
            onSaved={(organisation) => void navigate(`/organisations/${organisation.id}`)}
          />
        ) : null
      }
    >
      <search aria-label={t('organisations.filter.label')}>
        <Form className="filters" onSubmit={apply} validationBehavior="aria">
          <SelectInput
            id="organisations-kind"
            name="kind"
            label={t('organisations.filter.kind')}
            options={kindOptions}
            value={kind ?? 'all'}
            onChange={(value) => setParams({ kind: value === 'all' ? null : value, page: null })}
            placeholder={t('common.choose')}
          />
          <TextInput
            id="organisations-region"
            name="region"
            label={t('organisations.filter.region')}
            description={t('organisations.filter.regionHint')}
            value={draft.region}
            onChange={(region) => setDraft((current) => ({ ...current, region }))}
            maxLength={64}
          />
          <TextInput
            id="organisations-q"
            name="q"
            type="search"
            label={t('organisations.filter.text')}
            value={draft.q}
            onChange={(q) => setDraft((current) => ({ ...current, q }))}
            maxLength={100}
          />
          <div className="filters-actions">
            <Button type="submit" className="button button-secondary">
              {t('common.applyFilters')}
            </Button>
            {kind || params.region || params.q ? (
              <Button
                className="button button-quiet"
                onPress={() => {
                  setDraft({ region: '', q: '' });
                  setParams({ kind: null, region: null, q: null, page: null });
                }}
              >
                {t('common.clearFilters')}
              </Button>
            ) : null}
          </div>
        </Form>
      </search>
      <ProblemNotice error={list.error} />
      {list.isPending ? <Loading /> : null}
      {list.data ? (
        <>
          <OrganisationsTable organisations={list.data.items} label={t('organisations.table.label')} />
          <Pagination
            label={t('organisations.pagination')}
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
