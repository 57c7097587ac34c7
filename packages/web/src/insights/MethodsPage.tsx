import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/use-t';
import { Page } from '../ui/Page';
import { filterSearch } from './filters';
import { useFilters } from './use-filters';
import './insights.css';

const SECTIONS = [
  'sources',
  'counting',
  'periods',
  'suppression',
  'privacy',
  'bias',
  'quality',
  'exchange',
] as const;

/**
 * How the statistics are made, in plain words: the summary of the methods document
 * (docs/insights-methods.md in the source), shown in the app because the server does
 * not serve the repository's documents.
 */
export function MethodsPage(): ReactNode {
  const t = useT();
  const [filters] = useFilters();
  return (
    <Page title={t('insights.methods.title')} lead={<p>{t('insights.methods.lead')}</p>}>
      <p>
        <Link to={`/insights${filterSearch(filters)}`}>{t('insights.measurePage.back')}</Link>
      </p>
      <div className="insights-methods">
        {SECTIONS.map((section) => (
          <section key={section} aria-labelledby={`methods-${section}`} className="section">
            <h2 id={`methods-${section}`}>{t(`insights.methods.${section}.title`)}</h2>
            <p>{t(`insights.methods.${section}.body`)}</p>
          </section>
        ))}
        <p className="insights-note">{t('insights.methods.document')}</p>
      </div>
    </Page>
  );
}
