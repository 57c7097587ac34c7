import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import type { Gap, GapKind, MeasureId } from './types';
import { useInsightsWords } from './words';

/** The measure each kind of gap comes from (where the reader goes to see more). */
const MEASURE_OF_GAP: Readonly<Record<GapKind, MeasureId>> = {
  unmet_need: 'unmet_need',
  capacity_gaps: 'unmet_need',
  under_identified: 'bias',
  refused_more_often: 'bias',
  late_reasonable_grounds: 'timeliness',
  late_conclusive_grounds: 'timeliness',
  no_guardian: 'children',
  children_missing: 'children',
  not_yet_assisted: 'conditionality',
  services_stopped_after_cooperation_change: 'conditionality',
  enforcement_dominated_referrals: 'who_identifies',
  returns_dominate: 'remedies',
};

/**
 * The five largest gaps, first thing on the dashboard: each in one plain sentence (the
 * server writes it in the reader's language from the protected tables), the numbers
 * behind it, and a link to the measure it comes from.
 */
export function GapSummary({ gaps }: { readonly gaps: readonly Gap[] }): ReactNode {
  const t = useT();
  const words = useInsightsWords('year');
  const top = gaps.slice(0, 5);
  return (
    <section className="insights-gaps" aria-labelledby="insights-gaps-title">
      <h2 id="insights-gaps-title">{t('insights.gaps.title')}</h2>
      {top.length === 0 ? (
        <p>{t('insights.gaps.none')}</p>
      ) : (
        <ol>
          {top.map((gap) => {
            const measure = MEASURE_OF_GAP[gap.kind];
            const numbers = [
              t('insights.gaps.count', { count: words.number(gap.count) }),
              gap.base === null ? null : t('insights.gaps.base', { base: words.number(gap.base) }),
              gap.share === null ? null : t('insights.gaps.share', { share: words.percent(gap.share) }),
              gap.observed === null
                ? null
                : t('insights.gaps.observed', { observed: words.number(gap.observed) }),
              gap.expected === null
                ? null
                : t('insights.gaps.expected', { expected: words.number(gap.expected) }),
            ].filter((text): text is string => text !== null);
            return (
              <li key={`${gap.kind}:${gap.subject.join('/')}`}>
                <span className="insights-gap-title">{gap.text}</span>
                <span className="insights-gap-numbers">
                  {numbers.join(' · ')} ·{' '}
                  <a href={`#measure-${measure}`}>
                    {t('insights.gaps.see', { measure: words.measure(measure) })}
                  </a>
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
