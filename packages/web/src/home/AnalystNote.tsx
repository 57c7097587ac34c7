import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/use-t';

/** The one "later" statement the app makes, as a fact: statistics are not built yet. */
export function AnalystNote(): ReactNode {
  const t = useT();
  return (
    <section className="section" aria-labelledby="home-statistics">
      <h2 id="home-statistics">{t('home.statistics.title')}</h2>
      <p>{t('home.statistics.body')}</p>
      <p>
        <Link to="/organisations">{t('home.statistics.directory')}</Link>
      </p>
    </section>
  );
}
