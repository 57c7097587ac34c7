import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { useCapacityAlerts, useOverdueActions, useReviewsDue } from '../caseload/queries';
import type { MessageId } from '../i18n/catalogues';
import { useT } from '../i18n/use-t';
import { Loading, ProblemNotice } from '../ui/Alerts';
import '../caseload/caseload.css';

type Card = {
  readonly key: string;
  readonly to: string;
  readonly message: MessageId;
  readonly count: number;
};

/**
 * "What needs my attention" in the caseload: overdue plan actions, reviews due, capacity
 * alerts and, for a provider, service referrals waiting for its answer. One small request
 * per list (page size 1): the total is the count. Each card links to its list.
 */
export function CaseloadAttention(): ReactNode {
  const t = useT();
  const actions = useOverdueActions({ pageSize: 1 });
  const reviews = useReviewsDue({ pageSize: 1 });
  const capacity = useCapacityAlerts({ pageSize: 1 });
  const error = actions.error ?? reviews.error ?? capacity.error;
  const ready = actions.data && reviews.data && capacity.data;

  const cards: Card[] = ready
    ? [
        {
          key: 'actions',
          to: '/caseload#caseload-actions',
          message: 'caseload.home.overdue',
          count: actions.data.total,
        },
        {
          key: 'reviews',
          to: '/caseload#caseload-reviews',
          message: 'caseload.home.reviews',
          count: reviews.data.total,
        },
        {
          key: 'capacity',
          to: '/caseload#caseload-capacity',
          message: 'caseload.home.capacity',
          count: capacity.data.total,
        },
        ...(capacity.data.inbox
          ? [
              {
                key: 'inbox',
                to: '/services/inbox',
                message: 'caseload.home.inbox',
                count: capacity.data.inbox.waiting,
              } satisfies Card,
            ]
          : []),
      ]
    : [];

  return (
    <section className="section" aria-labelledby="home-caseload">
      <h2 id="home-caseload">{t('caseload.home.title')}</h2>
      <ProblemNotice error={error} />
      {!ready && !error ? <Loading /> : null}
      {ready ? (
        <ul className="stage-counts caseload-cards" aria-labelledby="home-caseload">
          {cards.map((card) => (
            <li key={card.key}>
              <Link to={card.to} className={`stage-count${card.count > 0 ? ' stage-count-attention' : ''}`}>
                <span className="stage-count-number">{card.count}</span>
                <span className="stage-count-label">
                  <FormattedMessage id={card.message} values={{ count: card.count }} />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {ready && capacity.data.inbox && capacity.data.inbox.late > 0 ? (
        <p>
          <span className="caseload-tag">
            <FormattedMessage id="caseload.home.inboxLate" values={{ count: capacity.data.inbox.late }} />
          </span>
        </p>
      ) : null}
      <p>
        <Link to="/caseload">{t('caseload.home.open')}</Link>
      </p>
    </section>
  );
}
