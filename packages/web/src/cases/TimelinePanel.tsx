import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Button } from 'react-aria-components';
import { useT } from '../i18n/use-t';
import { Loading, ProblemNotice } from '../ui/Alerts';
import { Pagination } from '../ui/Pagination';
import { useTimeline } from './case-file-queries';
import { useCaseFileWords } from './case-file-words';
import { describe } from './timeline-text';

/** Everything that happened on the case that the reader may see, newest first, by pages. */
export function TimelinePanel({ caseId }: { readonly caseId: string }): ReactNode {
  const t = useT();
  const words = useCaseFileWords();
  const queryClient = useQueryClient();
  const [shown, setShown] = useState(false);
  const [page, setPage] = useState(1);
  const timeline = useTimeline(caseId, page, shown);
  return (
    <section className="section" aria-labelledby="case-timeline">
      <h2 id="case-timeline">{t('caseFile.timeline.title')}</h2>
      <p>{t('caseFile.timeline.intro')}</p>
      <Button
        className="button button-secondary"
        aria-expanded={shown}
        aria-controls="case-timeline-list"
        onPress={() => {
          if (shown) queryClient.removeQueries({ queryKey: ['case-timeline', caseId] });
          setShown(!shown);
          setPage(1);
        }}
      >
        {t(shown ? 'caseFile.timeline.hide' : 'caseFile.timeline.show')}
      </Button>
      <div id="case-timeline-list">
        {shown && timeline.isPending ? <Loading /> : null}
        {shown ? <ProblemNotice error={timeline.error} /> : null}
        {shown && timeline.data ? (
          <>
            {timeline.data.items.length === 0 ? <p>{t('caseFile.timeline.none')}</p> : null}
            <ol className="timeline">
              {timeline.data.items.map((entry) => (
                <li key={entry.id}>
                  <p>
                    <strong>
                      <bdi>{describe(entry, words)}</bdi>
                    </strong>
                  </p>
                  <span className="case-file-meta muted">
                    <time dateTime={entry.at}>{words.date(entry.at)}</time>
                    {entry.organisation ? (
                      <>
                        {' · '}
                        <bdi>{t('caseFile.timeline.by', { organisation: entry.organisation.name })}</bdi>
                      </>
                    ) : null}
                  </span>
                  {entry.note ? (
                    <p className="timeline-note" dir="auto">
                      {entry.note.body}
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
            <Pagination
              page={page}
              pageSize={timeline.data.pageSize}
              total={timeline.data.total}
              onPageChange={setPage}
              label={t('caseFile.timeline.pages')}
            />
          </>
        ) : null}
      </div>
    </section>
  );
}
