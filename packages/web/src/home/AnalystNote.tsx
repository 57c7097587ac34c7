import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/use-t';

/** Where an analyst's work is: the national stock-taking dashboard (aggregates only). */
export function AnalystNote(): ReactNode {
  const t = useT();
  return (
    <section className="section" aria-labelledby="home-statistics">
      <h2 id="home-statistics">{t('home.statistics.title')}</h2>
      <p>{t('home.statistics.body')}</p>
      <p>
        <Link to="/insights">{t('home.statistics.dashboard')}</Link>
      </p>
      <p>
        <Link to="/organisations">{t('home.statistics.directory')}</Link>
      </p>
    </section>
  );
}
