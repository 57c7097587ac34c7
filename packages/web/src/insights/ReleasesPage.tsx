import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedDate, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { ConfirmModal } from '../ui/ActionDialog';
import { Loading, Notice, ProblemNotice } from '../ui/Alerts';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Checkboxes, SelectInput, TextInput } from '../ui/fields';
import { Page } from '../ui/Page';
import { DashboardFilters } from './DashboardFilters';
import { filterSearch } from './filters';
import { useCreateRelease, useDashboard, useRelease, useReleases } from './queries';
import { releaseCheck } from './release-rules';
import { StatTableView } from './StatTableView';
import { DP_MECHANISMS, type DpMechanism, MEASURES, type PrivacyBudget, type ReleaseSummary } from './types';
import { useFilters, useKnownRegions } from './use-filters';
import { useInsightsWords } from './words';
import './insights.css';

/**
 * Statistics releases: published tables with noise (differential privacy) as well as
 * suppression. Each table spends part of a privacy budget ε that is never given back;
 * the page shows what is spent and what remains before anyone publishes.
 */
export function ReleasesPage(): ReactNode {
  const t = useT();
  const permissions = usePermissions();
  const releases = useReleases();
  const canList = permissions.canSome('statistics_release', 'list');
  const canCreate = permissions.canSome('statistics_release', 'create');
  const [filters] = useFilters();

  return (
    <Page title={t('insights.releases.title')} lead={<p>{t('insights.releases.lead')}</p>}>
      <p>
        <Link to={`/insights${filterSearch(filters)}`}>{t('insights.measurePage.back')}</Link>
      </p>
      {!canList ? (
        <Notice tone="info">{t('insights.releases.notAllowed')}</Notice>
      ) : (
        <>
          <ProblemNotice error={releases.error} />
          {releases.isPending ? <Loading /> : null}
          {releases.data ? <BudgetSection budget={releases.data.budget} /> : null}
          {releases.data && canCreate ? <NewRelease budget={releases.data.budget} /> : null}
          {releases.data ? <ReleaseList items={releases.data.items} /> : null}
        </>
      )}
    </Page>
  );
}

function BudgetSection({ budget }: { readonly budget: PrivacyBudget }): ReactNode {
  const t = useT();
  const words = useInsightsWords('year');
  const share = Math.max(0, Math.min(1, budget.spentShare));
  return (
    <section className="section insights-budget" aria-labelledby="insights-budget-title">
      <h2 id="insights-budget-title">{t('insights.budget.title')}</h2>
      <p>{t('insights.budget.intro')}</p>
      <dl className="insights-headline">
        <div>
          <dt>{t('insights.budget.total')}</dt>
          <dd dir="ltr">ε = {budget.budgetEpsilon}</dd>
        </div>
        <div>
          <dt>{t('insights.budget.spent')}</dt>
          <dd dir="ltr">ε = {budget.spentEpsilon}</dd>
        </div>
        <div>
          <dt>{t('insights.budget.remaining')}</dt>
          <dd dir="ltr">ε = {budget.remainingEpsilon}</dd>
        </div>
      </dl>
      <div className="insights-progress">
        <p id="insights-budget-share">{t('insights.budget.share', { share: words.percent(share) })}</p>
        <meter
          className="insights-meter"
          aria-labelledby="insights-budget-share"
          min={0}
          max={1}
          value={share}
        />
      </div>
    </section>
  );
}

type ReleaseField = 'title' | 'tables' | 'epsilon' | 'delta';

function NewRelease({ budget }: { readonly budget: PrivacyBudget }): ReactNode {
  const t = useT();
  const intl = useIntl();
  const [filters, setFilters] = useFilters();
  const words = useInsightsWords(filters.granularity);
  const dashboard = useDashboard(filters, intl.locale);
  const create = useCreateRelease();
  const regions = useKnownRegions(dashboard.data?.tables);
  const [title, setTitle] = useState('');
  const [chosen, setChosen] = useState<Readonly<Record<string, readonly string[]>>>({});
  const [mechanism, setMechanism] = useState<DpMechanism>('discrete_laplace');
  const [epsilon, setEpsilon] = useState('0.1');
  const [delta, setDelta] = useState('0.000001');
  const [errors, setErrors] = useState<Partial<Record<ReleaseField, string>>>({});
  const [confirming, setConfirming] = useState(false);
  const [published, setPublished] = useState<ReleaseSummary | null>(null);

  const tableIds = Object.values(chosen).flat();
  const check = releaseCheck({ tables: tableIds.length, epsilon, remaining: budget.remainingEpsilon });
  const byMeasure = useMemo(
    () =>
      MEASURES.map((measure) => ({
        measure,
        options: (dashboard.data?.tables ?? [])
          .filter((table) => table.measure === measure && !table.noData)
          .map((table) => ({ id: table.id, label: words.table(table) })),
      })).filter((group) => group.options.length > 0),
    [dashboard.data, words],
  );

  const validate = (event: FormEvent): void => {
    event.preventDefault();
    const next: Partial<Record<ReleaseField, string>> = {};
    if (title.trim().length === 0) next.title = t('insights.release.error.title');
    if (tableIds.length === 0) next.tables = t('insights.release.error.tables');
    if (check.kind === 'invalid_epsilon') next.epsilon = t('insights.release.error.epsilon');
    else if (check.kind === 'over_budget') next.epsilon = t('insights.release.error.overBudget');
    if (mechanism === 'discrete_gaussian' && !/^\d+(\.\d+)?(e-\d+)?$/.test(delta.trim()))
      next.delta = t('insights.release.error.delta');
    setErrors(next);
    if (Object.keys(next).length === 0) setConfirming(true);
  };

  const summaryItems = (Object.entries(errors) as [ReleaseField, string][]).map(([field, message]) => ({
    id: `release-${field}`,
    message,
  }));

  return (
    <section className="section" aria-labelledby="insights-new-release">
      <h2 id="insights-new-release">{t('insights.release.title')}</h2>
      <p>{t('insights.release.intro')}</p>
      {published ? (
        <Notice tone="success">{t('insights.release.published', { title: published.title })}</Notice>
      ) : null}
      <ErrorSummary items={summaryItems} />
      <DashboardFilters filters={filters} regions={regions} onChange={setFilters} />
      <form className="form" onSubmit={validate} noValidate>
        <TextInput
          id="release-title"
          name="title"
          label={t('insights.release.name')}
          value={title}
          onChange={setTitle}
          error={errors.title}
          maxLength={200}
          isRequired
        />
        <fieldset id="release-tables" className="insights-fieldset">
          <legend className="field-label">{t('insights.release.tables')}</legend>
          {errors.tables ? <p className="field-error">{errors.tables}</p> : null}
          {dashboard.isPending ? <Loading /> : null}
          {byMeasure.map((group) => (
            <Checkboxes
              key={group.measure}
              id={`release-tables-${group.measure}`}
              name={`tables-${group.measure}`}
              label={t(`insights.measure.${group.measure}.title`)}
              options={group.options}
              value={chosen[group.measure] ?? []}
              onChange={(value) => setChosen((current) => ({ ...current, [group.measure]: value }))}
            />
          ))}
        </fieldset>
        <SelectInput
          id="release-mechanism"
          name="mechanism"
          label={t('insights.release.mechanism')}
          options={DP_MECHANISMS.map((m) => ({ id: m, label: t(`insights.release.mechanism.${m}`) }))}
          value={mechanism}
          onChange={setMechanism}
          placeholder={t('common.choose')}
        />
        <TextInput
          id="release-epsilon"
          name="epsilon"
          label={t('insights.release.epsilon')}
          description={t('insights.release.epsilonHint')}
          value={epsilon}
          onChange={setEpsilon}
          error={errors.epsilon}
          inputMode="text"
          ltr
          isRequired
        />
        {mechanism === 'discrete_gaussian' ? (
          <TextInput
            id="release-delta"
            name="delta"
            label={t('insights.release.delta')}
            value={delta}
            onChange={setDelta}
            error={errors.delta}
            ltr
          />
        ) : null}
        <p aria-live="polite">
          {check.kind === 'ok' || check.kind === 'over_budget'
            ? t('insights.release.cost', {
                tables: tableIds.length,
                epsilon: epsilon.trim(),
                total: check.total,
                remaining: budget.remainingEpsilon,
              })
            : null}
        </p>
        <div className="button-row">
          <Button type="submit" className="button button-primary">
            {t('insights.release.submit')}
          </Button>
        </div>
      </form>
      <ConfirmModal
        isOpen={confirming}
        onClose={() => setConfirming(false)}
        title={t('insights.release.confirmTitle')}
        confirmLabel={t('insights.release.confirm')}
        action={() =>
          create.mutateAsync({
            title: title.trim(),
            from: filters.from,
            to: filters.to,
            ...(filters.region ? { region: filters.region } : {}),
            granularity: filters.granularity,
            tables: tableIds,
            mechanism,
            epsilonPerTable: epsilon.trim(),
            ...(mechanism === 'discrete_gaussian' ? { deltaPerTable: delta.trim() } : {}),
          })
        }
        onDone={(created) => {
          setPublished(created.release);
          setTitle('');
          setChosen({});
        }}
      >
        <p>
          {t('insights.release.confirmBody', {
            tables: tableIds.length,
            total: check.kind === 'ok' ? check.total : '',
          })}
        </p>
      </ConfirmModal>
    </section>
  );
}

function ReleaseList({ items }: { readonly items: readonly ReleaseSummary[] }): ReactNode {
  const t = useT();
  const labels = useLabels();
  const words = useInsightsWords('year');
  const [shown, setShown] = useState<string | null>(null);
  return (
    <section className="section" aria-labelledby="insights-release-list">
      <h2 id="insights-release-list">{t('insights.releases.list')}</h2>
      {items.length === 0 ? (
        <p>{t('insights.releases.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table insights-table">
            <caption className="visually-hidden">{t('insights.releases.list')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('insights.releases.column.title')}</th>
                <th scope="col">{t('insights.releases.column.period')}</th>
                <th scope="col">{t('insights.releases.column.region')}</th>
                <th scope="col">{t('insights.releases.column.mechanism')}</th>
                <th scope="col">{t('insights.releases.column.epsilon')}</th>
                <th scope="col">{t('insights.releases.column.tables')}</th>
                <th scope="col">{t('insights.releases.column.published')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('insights.imports.column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((release) => (
                <tr key={release.id}>
                  <th scope="row">
                    <bdi>{release.title}</bdi>
                  </th>
                  <td>
                    {words.date(release.filter.from)} – {words.date(release.filter.to)}
                  </td>
                  <td>
                    {release.filter.region
                      ? labels.region(release.filter.region)
                      : t('insights.filter.allRegions')}
                  </td>
                  <td>{t(`insights.release.mechanism.${release.mechanism}`)}</td>
                  <td dir="ltr">ε = {release.epsilon}</td>
                  <td>
                    <ul className="plain-list">
                      {release.tables.map((table) => (
                        <li key={table.tableId}>
                          {words.table({ id: table.tableId })} <span dir="ltr">(ε = {table.epsilon})</span>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <FormattedDate value={release.publishedAt} dateStyle="medium" />
                  </td>
                  <td>
                    <Button
                      className="button button-quiet button-small"
                      aria-expanded={shown === release.id}
                      onPress={() => setShown(shown === release.id ? null : release.id)}
                    >
                      {t(shown === release.id ? 'insights.releases.hide' : 'insights.releases.show', {
                        title: release.title,
                      })}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shown ? <ReleaseFigures releaseId={shown} /> : null}
    </section>
  );
}

/** The figures of a release as published (noised, then suppressed): what everyone receives. */
function ReleaseFigures({ releaseId }: { readonly releaseId: string }): ReactNode {
  const t = useT();
  const release = useRelease(releaseId);
  const data = release.data;
  const words = useInsightsWords(data?.filter.granularity ?? 'year');
  if (release.error) return <ProblemNotice error={release.error} />;
  if (!data) return <Loading />;
  return (
    <section className="section" aria-labelledby="insights-release-figures">
      <h3 id="insights-release-figures">{t('insights.releases.figures', { title: data.title })}</h3>
      <p>{t('insights.releases.figuresNote', { threshold: data.threshold })}</p>
      {data.data.map((table) => (
        <StatTableView key={table.id} table={table} words={words} caption={words.table(table)} />
      ))}
    </section>
  );
}
