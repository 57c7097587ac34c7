import type { NeedLevel, PlanReviewState, RiskLevel } from '@opennrm/core';
import type { ReactNode } from 'react';
import { FormattedDate } from 'react-intl';
import { Link } from 'react-router';
import { useT } from '../i18n/use-t';
import { AttentionIcon, CheckIcon, InfoIcon, LevelIcon } from '../ui/icons';
import type { SupportPlan } from './types';
import { useAssistanceWords } from './words';
import './assistance.css';

/** A calendar date ('YYYY-MM-DD') shown as it is, whatever the reader's time zone. */
export function CalendarDate({ value }: { readonly value: string }): ReactNode {
  return <FormattedDate value={`${value}T00:00:00Z`} dateStyle="long" timeZone="UTC" />;
}

/** An instant shown in the reader's time zone. */
export function When({ value }: { readonly value: string }): ReactNode {
  return <FormattedDate value={value} dateStyle="long" />;
}

type Tone = 'attention' | 'plain' | 'quiet';

function Badge({
  tone,
  icon,
  children,
}: {
  readonly tone: Tone;
  /** Defaults to the tone's icon; levels pass their own so "low" or "medium" never wears a tick. */
  readonly icon?: ReactNode;
  readonly children: ReactNode;
}): ReactNode {
  const Icon = tone === 'attention' ? AttentionIcon : tone === 'quiet' ? InfoIcon : CheckIcon;
  return (
    <span className={`assistance-badge assistance-badge-${tone}`}>
      {icon ?? <Icon />}
      {children}
    </span>
  );
}

/**
 * The icon for a need or risk level: a tick only for "none" (nothing to do), a meter for
 * low and medium, the attention sign for high. The words always say the level too.
 */
function levelIcon(level: NeedLevel | RiskLevel, mediumIsAttention: boolean): ReactNode {
  if (level === 'none') return <CheckIcon />;
  if (level === 'high' || (level === 'medium' && mediumIsAttention)) return <AttentionIcon />;
  return <LevelIcon filled={level === 'low' ? 1 : 2} />;
}

/** A risk level in words and a shape; medium and high stand out by icon and border, not colour alone. */
export function RiskBadge({ risk }: { readonly risk: RiskLevel }): ReactNode {
  const words = useAssistanceWords();
  const tone = risk === 'high' || risk === 'medium' ? 'attention' : risk === 'none' ? 'quiet' : 'plain';
  return (
    <Badge tone={tone} icon={risk === 'none' ? undefined : levelIcon(risk, true)}>
      {words.risk(risk)}
    </Badge>
  );
}

/** A level of need in words and a shape: only "no need" carries a tick; high stands out by icon and border. */
export function LevelBadge({ level }: { readonly level: NeedLevel }): ReactNode {
  const words = useAssistanceWords();
  const tone = level === 'high' ? 'attention' : level === 'none' ? 'quiet' : 'plain';
  return (
    <Badge tone={tone} icon={levelIcon(level, false)}>
      {words.level(level)}
    </Badge>
  );
}

export function ReviewBadge({ state }: { readonly state: PlanReviewState }): ReactNode {
  const words = useAssistanceWords();
  const tone =
    state === 'overdue' || state === 'due_soon' ? 'attention' : state === 'none' ? 'quiet' : 'plain';
  return <Badge tone={tone}>{words.reviewState(state)}</Badge>;
}

export function OverdueBadge(): ReactNode {
  const t = useT();
  return <Badge tone="attention">{t('assistance.plan.overdue')}</Badge>;
}

/**
 * One version of the support plan: the person's view of it, the review date, the goals
 * and the actions. `actions` renders the last column of each action (e.g. buttons to
 * move it on) when the version is the current one and the reader may change it.
 */
export function PlanDetails({
  caseId,
  plan,
  subHeading: Sub,
  actionControls,
}: {
  readonly caseId: string;
  readonly plan: SupportPlan;
  /** The level of the "Goals" and "Actions" headings where the plan is shown. */
  readonly subHeading: 'h2' | 'h4';
  readonly actionControls?: (action: SupportPlan['actions'][number]) => ReactNode;
}): ReactNode {
  const t = useT();
  const words = useAssistanceWords();
  return (
    <div>
      <dl className="summary-list">
        <div>
          <dt>{t('assistance.plan.version')}</dt>
          <dd>
            {t('assistance.version', { version: plan.version })}
            {plan.status === 'superseded' ? ` — ${t('assistance.plan.superseded')}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('assistance.recordedBy')}</dt>
          <dd>
            <bdi>{plan.createdBy.name}</bdi> · <bdi>{plan.createdByOrganisation.name}</bdi> ·{' '}
            <When value={plan.createdAt} />
          </dd>
        </div>
        <div>
          <dt>{t('assistance.plan.agreement')}</dt>
          <dd>
            {words.agreement(plan.agreement)}
            {plan.agreedOn ? (
              <>
                {' '}
                (<CalendarDate value={plan.agreedOn} />)
              </>
            ) : null}
            {plan.agreementNote ? (
              <p className="assistance-words" dir="auto">
                {plan.agreementNote}
              </p>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('assistance.plan.reviewDue')}</dt>
          <dd>
            {plan.reviewDueOn ? <CalendarDate value={plan.reviewDueOn} /> : t('assistance.notSet')}{' '}
            {plan.status === 'current' ? <ReviewBadge state={plan.reviewState} /> : null}
          </dd>
        </div>
        {plan.supersedesId ? (
          <div>
            <dt>{t('assistance.plan.reviewOf')}</dt>
            <dd>
              <Link
                to={`/cases/${encodeURIComponent(caseId)}/plan/versions/${encodeURIComponent(plan.supersedesId)}`}
              >
                {t('assistance.plan.previousVersion')}
              </Link>
            </dd>
          </div>
        ) : null}
      </dl>
      <Sub>{t('assistance.plan.goals')}</Sub>
      <ol className="assistance-list">
        {plan.goals.map((goal, index) => (
          // Goals have no id of their own; their order is their identity in a version.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index} dir="auto" className="assistance-text">
            {goal}
          </li>
        ))}
      </ol>
      <Sub>{t('assistance.plan.actions')}</Sub>
      {plan.actions.length === 0 ? (
        <p>{t('assistance.plan.noActions')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table table-dense assistance-table">
            <caption className="visually-hidden">{t('assistance.plan.actions')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('assistance.action.domain')}</th>
                <th scope="col">{t('assistance.action.description')}</th>
                <th scope="col">{t('assistance.action.owner')}</th>
                <th scope="col">{t('assistance.action.service')}</th>
                <th scope="col">{t('assistance.action.due')}</th>
                <th scope="col">{t('assistance.action.status')}</th>
                {actionControls ? <th scope="col">{t('assistance.action.change')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {plan.actions.map((action) => (
                <tr key={action.id}>
                  <td>{words.domain(action.domain)}</td>
                  <th scope="row" dir="auto" className="assistance-text">
                    {action.description}
                  </th>
                  <td>
                    {action.ownerOrganisation ? <bdi>{action.ownerOrganisation.name}</bdi> : null}
                    {action.ownerUser ? (
                      <>
                        <br />
                        <bdi>{action.ownerUser.name}</bdi>
                      </>
                    ) : null}
                  </td>
                  <td>{action.service ? <bdi>{action.service.name}</bdi> : t('assistance.none')}</td>
                  <td className="nowrap">
                    {action.dueOn ? <CalendarDate value={action.dueOn} /> : t('assistance.notSet')}
                  </td>
                  <td>
                    {words.actionStatus(action.status)}
                    {action.completedOn ? (
                      <>
                        {' '}
                        (<CalendarDate value={action.completedOn} />)
                      </>
                    ) : null}
                    {action.overdue ? (
                      <>
                        {' '}
                        <OverdueBadge />
                      </>
                    ) : null}
                  </td>
                  {actionControls ? <td>{actionControls(action)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
