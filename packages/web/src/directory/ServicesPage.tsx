import {
  DISABILITY_TYPES,
  type DisabilityType,
  isPersonLanguage,
  isServiceKind,
  PERSON_LANGUAGES,
  SERVICE_GENDERS,
  SERVICE_KINDS,
  type ServiceGender,
} from '@opennrm/core';
import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import { Button, Cell, Column, Form, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { Loading, ProblemNotice } from '../ui/Alerts';
import { ComboInput } from '../ui/ComboInput';
import { Checkboxes, SelectInput, SingleCheckbox, TextInput } from '../ui/fields';
import { Page } from '../ui/Page';
import { Pagination } from '../ui/Pagination';
import { pageNumber, useListParams } from '../ui/search-params';
import { ServiceFormDialog } from './ServiceFormDialog';
import { CapacityLine } from './ServiceParts';
import { useServiceList } from './ServiceQueries';
import type { Service } from './ServiceTypes';
import { useDirectoryWords } from './ServiceWords';

const PAGE_SIZE = 25;
const KEYS = [
  'q',
  'kind',
  'region',
  'language',
  'gender',
  'age',
  'lgbtiSafe',
  'withoutStatus',
  'free',
  'page',
] as const;

function isServiceGender(value: string | null): value is ServiceGender {
  return value !== null && (SERVICE_GENDERS as readonly string[]).includes(value);
}
function isDisabilityType(value: string): value is DisabilityType {
  return (DISABILITY_TYPES as readonly string[]).includes(value);
}

/** The services directory: searchable, filterable, with capacity and how fresh it is. */
export function ServicesPage(): ReactNode {
  const t = useT();
  const labels = useLabels();
  const words = useDirectoryWords();
  const intl = useIntl();
  const navigate = useNavigate();
  const permissions = usePermissions();
  const [params, setParams] = useListParams(KEYS);
  const [search, setSearch] = useSearchParams();
  const accessibility = search.getAll('accessibility').filter(isDisabilityType);
  const kind = isServiceKind(params.kind) ? params.kind : undefined;
  const gender = isServiceGender(params.gender) ? params.gender : undefined;
  const language = isPersonLanguage(params.language) ? params.language : undefined;
  const ageNumber = params.age !== null && /^\d{1,3}$/.test(params.age) ? Number(params.age) : undefined;
  const page = pageNumber(params.page);
  const [draft, setDraft] = useState({
    q: params.q ?? '',
    region: params.region ? labels.region(params.region) : '',
    age: params.age ?? '',
  });
  const [ageError, setAgeError] = useState<string | undefined>(undefined);

  const list = useServiceList({
    q: params.q ?? undefined,
    kind,
    region: params.region ?? undefined,
    language,
    gender,
    age: ageNumber,
    accessibility,
    lgbtiSafe: params.lgbtiSafe === 'true' ? 'true' : undefined,
    acceptsWithoutStatus: params.withoutStatus === 'true' ? 'true' : undefined,
    hasFreeCapacity: params.free === 'true' ? 'true' : undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  const languages = useMemo(
    () =>
      PERSON_LANGUAGES.map((code) => ({ id: code as string, label: labels.language(code) })).sort((a, b) =>
        a.label.localeCompare(b.label, intl.locale),
      ),
    [labels, intl.locale],
  );

  const apply = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const age = draft.age.trim();
    if (age !== '' && (!/^\d{1,3}$/.test(age) || Number(age) > 120)) {
      setAgeError(t('directory.services.filter.ageError'));
      return;
    }
    setAgeError(undefined);
    setParams({ q: draft.q.trim(), region: labels.regionCode(draft.region), age, page: null });
  };

  const setAccessibility = (values: DisabilityType[]): void => {
    setSearch((current) => {
      const next = new URLSearchParams(current);
      next.delete('accessibility');
      for (const value of values) next.append('accessibility', value);
      next.delete('page');
      return next;
    });
  };

  const filtered = KEYS.some((key) => key !== 'page' && params[key] !== null) || accessibility.length > 0;
  const ownOrganisation = permissions.actor.organisationId;

  return (
    <Page
      title={t('directory.services.title')}
      lead={
        <>
          <p>{t('directory.services.intro')}</p>
          {list.data ? <p>{t('directory.services.staleRule', { days: list.data.staleAfterDays })}</p> : null}
        </>
      }
      actions={
        <>
          {permissions.canSome('service_referral', 'list') ? (
            <Link to="/services/inbox" className="button button-secondary">
              {t('directory.services.inboxLink')}
            </Link>
          ) : null}
          {permissions.canInOrganisation('service', 'create', ownOrganisation) ? (
            <ServiceFormDialog onSaved={(service) => void navigate(`/services/${service.id}`)} />
          ) : null}
        </>
      }
    >
      <search aria-label={t('directory.services.filter.label')}>
        <Form className="filters" onSubmit={apply} validationBehavior="aria">
          <TextInput
            id="services-q"
            name="q"
            type="search"
            label={t('directory.services.filter.text')}
            value={draft.q}
            onChange={(q) => setDraft((current) => ({ ...current, q }))}
            maxLength={100}
          />
          <SelectInput
            id="services-kind"
            name="kind"
            label={t('directory.services.filter.kind')}
            options={[
              { id: 'all', label: t('directory.services.filter.allKinds') },
              ...SERVICE_KINDS.map((value) => ({ id: value, label: words.kind(value) })),
            ]}
            value={kind ?? 'all'}
            onChange={(value) => setParams({ kind: value === 'all' ? null : value, page: null })}
            placeholder={t('common.choose')}
          />
          <TextInput
            id="services-region"
            name="region"
            label={t('directory.services.filter.region')}
            description={t('directory.services.filter.regionHint')}
            value={draft.region}
            onChange={(region) => setDraft((current) => ({ ...current, region }))}
            maxLength={64}
          />
          <ComboInput
            id="services-language"
            name="language"
            label={t('directory.services.filter.language')}
            options={languages}
            value={language ?? null}
            onChange={(code) => setParams({ language: code, page: null })}
          />
          <SelectInput
            id="services-gender"
            name="gender"
            label={t('directory.services.filter.gender')}
            options={[
              { id: 'all', label: t('directory.services.filter.anyGender') },
              ...SERVICE_GENDERS.map((value) => ({ id: value, label: words.gender(value) })),
            ]}
            value={gender ?? 'all'}
            onChange={(value) => setParams({ gender: value === 'all' ? null : value, page: null })}
            placeholder={t('common.choose')}
          />
          <TextInput
            id="services-age"
            name="age"
            inputMode="numeric"
            label={t('directory.services.filter.age')}
            value={draft.age}
            onChange={(age) => setDraft((current) => ({ ...current, age }))}
            error={ageError}
            maxLength={3}
          />
          <Checkboxes<DisabilityType>
            id="services-accessibility"
            name="accessibility"
            label={t('directory.services.filter.accessibility')}
            options={DISABILITY_TYPES.map((value) => ({ id: value, label: words.disability(value) }))}
            value={accessibility}
            onChange={setAccessibility}
          />
          <div className="field">
            <SingleCheckbox
              name="lgbtiSafe"
              label={t('directory.services.filter.lgbtiSafe')}
              isSelected={params.lgbtiSafe === 'true'}
              onChange={(on) => setParams({ lgbtiSafe: on ? 'true' : null, page: null })}
            />
            <SingleCheckbox
              name="withoutStatus"
              label={t('directory.services.filter.withoutStatus')}
              isSelected={params.withoutStatus === 'true'}
              onChange={(on) => setParams({ withoutStatus: on ? 'true' : null, page: null })}
            />
            <SingleCheckbox
              name="free"
              label={t('directory.services.filter.freeNow')}
              isSelected={params.free === 'true'}
              onChange={(on) => setParams({ free: on ? 'true' : null, page: null })}
            />
          </div>
          <div className="filters-actions">
            <Button type="submit" className="button button-secondary">
              {t('common.applyFilters')}
            </Button>
            {filtered ? (
              <Button
                className="button button-quiet"
                onPress={() => {
                  setDraft({ q: '', region: '', age: '' });
                  setAgeError(undefined);
                  setSearch(new URLSearchParams());
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
          <ServicesTable services={list.data.items} />
          <Pagination
            label={t('directory.services.pagination')}
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

function ServicesTable({ services }: { readonly services: readonly Service[] }): ReactNode {
  const t = useT();
  const words = useDirectoryWords();
  return (
    <div className="table-scroll">
      <Table aria-label={t('directory.services.table.label')} className="table table-dense">
        <TableHeader>
          <Column isRowHeader>{t('directory.services.column.name')}</Column>
          <Column>{t('directory.services.column.kind')}</Column>
          <Column>{t('directory.services.column.regions')}</Column>
          <Column>{t('directory.services.column.who')}</Column>
          <Column>{t('directory.services.column.languages')}</Column>
          <Column>{t('directory.services.column.accessibility')}</Column>
          <Column>{t('directory.services.column.capacity')}</Column>
        </TableHeader>
        <TableBody
          items={services}
          dependencies={[t, words]}
          renderEmptyState={() => <p className="table-empty">{t('directory.services.empty')}</p>}
        >
          {(service) => (
            <Row id={service.id}>
              <Cell textValue={service.name}>
                <Link to={`/services/${service.id}`}>
                  <bdi>{service.name}</bdi>
                </Link>
                <br />
                <span className="muted">
                  <bdi>{service.organisation.name}</bdi>
                </span>
                {service.active ? null : (
                  <>
                    {' '}
                    <span className="service-tag service-tag-neutral">
                      {t('directory.services.inactive')}
                    </span>
                  </>
                )}
              </Cell>
              <Cell>{words.kind(service.kind)}</Cell>
              <Cell>{words.regions(service.regions)}</Cell>
              <Cell>{words.who(service)}</Cell>
              <Cell>{words.languages(service.languages)}</Cell>
              <Cell>{words.list(service.accessibility.map(words.disability))}</Cell>
              <Cell>
                <CapacityLine capacity={service.capacity} />
              </Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
  );
}
