import { CASE_STAGES, scopesFor } from '@opennrm/core';
import { useQueries } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { api } from '../api/client';
import type { CaseSummary, Page } from '../api/types';
import { CasesTable } from '../cases/CasesTable';
import { useCaseList } from '../cases/queries';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { Loading, ProblemNotice } from '../ui/Alerts';

/**
 * Counts by stage and the ten most recent cases the user may follow: those of their
 * organisation's case teams or, for a guardian, those of the children they are appointed for.
 */
export function CasesAttention(): ReactNode {
  const t = useT();
  const labels = useLabels();
  const { actor } = usePermissions();
  // A guardian's cases come through their appointment, not through their organisation.
  const scopes = scopesFor(actor, 'case', 'list');
  const asGuardian =
    scopes.includes('guardian_of') && !scopes.includes('case_team') && !scopes.includes('any');
  const recent = useCaseList({ pageSize: 10, sort: 'first_contact_desc' });
  // One small request per stage: the list endpoint's total is the count.
  const counts = useQueries({
    queries: CASE_STAGES.map((stage) => ({
      queryKey: ['cases', { stage, pageSize: 1 }],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get<Page<CaseSummary>>('/api/cases', { stage, pageSize: 1 }, signal),
    })),
  });
  const countsReady = counts.every((count) => count.data !== undefined);
  const countsError = counts.find((count) => count.error)?.error;
  const withCases = CASE_STAGES.map((stage, index) => ({
    stage,
    total: counts[index]?.data?.total ?? 0,
  })).filter((entry) => entry.total > 0);

  return (
    <section className="section" aria-labelledby="home-cases">
      <h2 id="home-cases">{t(asGuardian ? 'home.cases.title.guardian' : 'home.cases.title')}</h2>
      <h3 id="home-cases-stages">{t('home.cases.byStage')}</h3>
      <ProblemNotice error={countsError} />
      {countsReady ? (
        withCases.length > 0 ? (
          <ul className="stage-counts" aria-labelledby="home-cases-stages">
            {withCases.map(({ stage, total }) => (
              <li key={stage}>
                <Link to={`/cases?stage=${stage}`} className="stage-count">
                  <span className="stage-count-number">
                    <FormattedMessage id="home.cases.count" values={{ count: total }} />
                  </span>
                  <span className="stage-count-label">{labels.stage(stage)}</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t(asGuardian ? 'home.cases.none.guardian' : 'home.cases.none')}</p>
        )
      ) : countsError ? null : (
        <Loading />
      )}
      <h3 id="home-cases-recent">{t('home.cases.recent')}</h3>
      <ProblemNotice error={recent.error} />
      {recent.isPending ? <Loading /> : null}
      {recent.data ? <CasesTable cases={recent.data.items} label={t('home.cases.recent')} /> : null}
      <p>
        <Link to="/cases">{t('home.cases.all')}</Link>
      </p>
    </section>
  );
}
