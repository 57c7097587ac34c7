import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import type { QualityNote } from './types';

/** Data quality: the share of records in which a field these statistics read is missing. */
export function QualityNotes({ notes }: { readonly notes: readonly QualityNote[] }): ReactNode {
  const t = useT();
  return (
    <section id="insights-quality" className="insights-measure" aria-labelledby="insights-quality-title">
      <h2 id="insights-quality-title">{t('insights.quality.title')}</h2>
      <p className="insights-measure-intro">{t('insights.quality.intro')}</p>
      {notes.length === 0 ? (
        <p>{t('insights.quality.none')}</p>
      ) : (
        <ul>
          {notes.map((note) => (
            <li key={note.field}>{note.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
