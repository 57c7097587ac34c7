import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { api } from '../api/client';
import type { MessageId } from '../i18n/catalogues';
import { useT } from '../i18n/use-t';
import { Loading, ProblemNotice } from '../ui/Alerts';
import '../profiles/profiles.css';

/** Server: jobs/notice-rules.ts. */
type NoticeKind =
  | 'reasonable_grounds_due_soon'
  | 'reasonable_grounds_overdue'
  | 'recovery_period_ending_soon'
  | 'recovery_period_ended'
  | 'service_referral_received'
  | 'service_referral_answered'
  | 'plan_action_due_soon'
  | 'plan_action_overdue'
  | 'plan_review_due_soon'
  | 'plan_review_overdue'
  | 'plan_review_escalated'
  | 'service_referral_unanswered'
  | 'service_referral_escalated'
  | 'capacity_stale';

type DeadlineNotice = {
  readonly id: string;
  readonly kind: NoticeKind;
  readonly caseId: string | null;
  readonly caseReference: string | null;
  readonly onCaseTeam: boolean;
  readonly dueAt: string | null;
  readonly createdAt: string;
  readonly readAt: string | null;
};

type NoticeList = {
  readonly items: readonly DeadlineNotice[];
  readonly total: number;
  readonly unread: number;
};

const PAGE_SIZE = 20;

/** What each kind says, and the word that names it (so that meaning never rests on colour). */
const WORDS: Readonly<Record<NoticeKind, { readonly tag: MessageId; readonly text: MessageId }>> = {
  reasonable_grounds_due_soon: {
    tag: 'profiles.notices.tag.reminder',
    text: 'profiles.notices.reasonableGroundsDueSoon',
  },
  reasonable_grounds_overdue: {
    tag: 'profiles.notices.tag.escalation',
    text: 'profiles.notices.reasonableGroundsOverdue',
  },
  recovery_period_ending_soon: {
    tag: 'profiles.notices.tag.reminder',
    text: 'profiles.notices.recoveryPeriodEndingSoon',
  },
  recovery_period_ended: {
    tag: 'profiles.notices.tag.next',
    text: 'profiles.notices.recoveryPeriodEnded',
  },
  service_referral_received: { tag: 'directory.notice.tag', text: 'directory.notice.received' },
  service_referral_answered: { tag: 'directory.notice.tag', text: 'directory.notice.answered' },
  // Assistance reminders and escalations of the deadline sweep (server jobs/assistance-notice-rules.ts).
  plan_action_due_soon: { tag: 'profiles.notices.tag.reminder', text: 'caseload.notices.planActionDueSoon' },
  plan_action_overdue: { tag: 'profiles.notices.tag.escalation', text: 'caseload.notices.planActionOverdue' },
  plan_review_due_soon: { tag: 'profiles.notices.tag.reminder', text: 'caseload.notices.planReviewDueSoon' },
  plan_review_overdue: { tag: 'profiles.notices.tag.escalation', text: 'caseload.notices.planReviewOverdue' },
  plan_review_escalated: {
    tag: 'caseload.notices.tag.supervisor',
    text: 'caseload.notices.planReviewEscalated',
  },
  service_referral_unanswered: {
    tag: 'profiles.notices.tag.reminder',
    text: 'caseload.notices.serviceReferralUnanswered',
  },
  service_referral_escalated: {
    tag: 'profiles.notices.tag.escalation',
    text: 'caseload.notices.serviceReferralEscalated',
  },
  capacity_stale: { tag: 'profiles.notices.tag.reminder', text: 'caseload.notices.capacityStale' },
};

/** Kinds that say something is late (drawn with the escalation marker, and the word). */
const ESCALATIONS: ReadonlySet<NoticeKind> = new Set([
  'reasonable_grounds_overdue',
  'plan_action_overdue',
  'plan_review_overdue',
  'plan_review_escalated',
  'service_referral_escalated',
]);

function NoticeItem({ notice }: { readonly notice: DeadlineNotice }): ReactNode {
  const t = useT();
  const queryClient = useQueryClient();
  const markRead = useMutation({
    mutationFn: () => api.post<DeadlineNotice>(`/api/notices/${encodeURIComponent(notice.id)}/read`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['notices'] }),
  });
  const words = WORDS[notice.kind];
  const reference = notice.caseReference ?? t('profiles.notices.noCase');
  const escalation = ESCALATIONS.has(notice.kind);
  const read = notice.readAt !== null;
  return (
    <li
      className={`deadline-notice-item${escalation ? ' deadline-notice-item-escalation' : ''}${
        read ? ' deadline-notice-item-read' : ''
      }`}
    >
      <div className="deadline-notice-item-text">
        <p>
          <strong>{t(words.tag)}</strong>
          {read ? <span className="muted"> · {t('profiles.notices.read')}</span> : null}
        </p>
        <p>
          <FormattedMessage
            id={words.text}
            values={{
              services: (chunks: ReactNode[]) => <Link to="/services">{chunks}</Link>,
              due: notice.dueAt ? new Date(notice.dueAt) : null,
              hasDue: notice.dueAt ? 'yes' : 'no',
              reference: (
                <bdi dir="ltr">
                  {notice.caseId && notice.onCaseTeam ? (
                    <Link to={`/cases/${encodeURIComponent(notice.caseId)}`}>{reference}</Link>
                  ) : (
                    reference
                  )}
                </bdi>
              ),
            }}
          />
        </p>
        <ProblemNotice error={markRead.error} />
      </div>
      {read ? null : (
        <Button
          className="button button-secondary button-small"
          onPress={() => markRead.mutate()}
          isDisabled={markRead.isPending}
          aria-label={t('profiles.notices.markReadLabel', { reference })}
        >
          {t('profiles.notices.markRead')}
        </Button>
      )}
    </li>
  );
}

/**
 * Deadline reminders and escalations sent to the user's organisation by the deadline
 * sweep (server jobs/), unread first, each with its case reference and "mark as read".
 */
export function NoticesAttention(): ReactNode {
  const t = useT();
  const notices = useQuery({
    queryKey: ['notices', { pageSize: PAGE_SIZE }],
    queryFn: ({ signal }) => api.get<NoticeList>('/api/notices', { pageSize: PAGE_SIZE }, signal),
    // New notices arrive with the sweep, every few minutes.
    refetchInterval: 5 * 60_000,
  });
  return (
    <section className="section" aria-labelledby="home-notices">
      <h2 id="home-notices">{t('profiles.notices.title')}</h2>
      <ProblemNotice error={notices.error} />
      {notices.isPending ? <Loading /> : null}
      {notices.data ? (
        notices.data.items.length === 0 ? (
          <p>{t('profiles.notices.none')}</p>
        ) : (
          <>
            <p>{t('profiles.notices.unread', { count: notices.data.unread })}</p>
            <ul className="deadline-notice-items" aria-labelledby="home-notices">
              {notices.data.items.map((notice) => (
                <NoticeItem key={notice.id} notice={notice} />
              ))}
            </ul>
            {notices.data.total > notices.data.items.length ? (
              <p className="muted">
                {t('profiles.notices.more', { shown: notices.data.items.length, total: notices.data.total })}
              </p>
            ) : null}
          </>
        )
      ) : null}
    </section>
  );
}
