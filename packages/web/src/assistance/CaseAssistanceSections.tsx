import { needsByPriority } from '@opennrm/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CaseDetail } from '../api/types';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { Loading, ProblemNotice } from '../ui/Alerts';
import { CaseAdvocateSection } from './CaseAdvocateSection';
import { CasePlanSection } from './CasePlanSection';
import { CalendarDate, LevelBadge, ReviewBadge, RiskBadge, When } from './parts';
import { isHidden, useCaseSections, useNeedsAssessments, useRiskAssessments, useSafetyPlan } from './queries';
import { useAssistanceWords } from './words';

/**
 * Case page: assistance from first contact — the needs the person has and what matters
 * to them, the risks and the safety plan, the support plan agreed with them, and their
 * advocate. Each part shows only when the policy and the organisation's purpose on the
 * team allow it (GET /sections, and every request is checked again by the server).
 */
export function CaseAssistanceSections({ item }: { readonly item: CaseDetail }): ReactNode {
  const t = useT();
  const permissions = usePermissions();
  const sectionsQuery = useCaseSections(item.id);
  if (sectionsQuery.isPending) return null;
  // Without the sections answer (an older server), try each part and hide what answers 404.
  const known = sectionsQuery.data ? new Set(sectionsQuery.data.sections) : null;
  const sees = (section: string): boolean => known === null || known.has(section);

  const needs = permissions.canSome('needs_assessment', 'read') && sees('needs');
  const risk = permissions.canSome('risk_assessment', 'read') && sees('risk') && known !== null;
  const safetyOnly =
    permissions.canSome('risk_assessment', 'read') && !risk && (sees('safety_plan') || sees('risk'));
  const plan = permissions.canSome('support_plan', 'read') && sees('support_plan');
  const advocate = permissions.canSome('advocate', 'list') && (sees('support_plan') || sees('decisions'));
  if (!needs && !risk && !safetyOnly && !plan && !advocate) return null;

  return (
    <section className="section" aria-labelledby="case-assistance">
      <h2 id="case-assistance" tabIndex={-1}>
        {t('assistance.section.title')}
      </h2>
      <p>{t('assistance.section.unconditional')}</p>
      {needs ? (
        <NeedsSummary caseId={item.id} mayAssess={permissions.canSome('needs_assessment', 'create')} />
      ) : null}
      {risk ? (
        <RiskSummary caseId={item.id} mayAssess={permissions.canSome('risk_assessment', 'create')} />
      ) : null}
      {safetyOnly ? <SafetyPlanOnly caseId={item.id} /> : null}
      {plan ? <CasePlanSection caseId={item.id} /> : null}
      {advocate ? <CaseAdvocateSection item={item} /> : null}
    </section>
  );
}

function NeedsSummary({
  caseId,
  mayAssess,
}: {
  readonly caseId: string;
  readonly mayAssess: boolean;
}): ReactNode {
  const t = useT();
  const words = useAssistanceWords();
  const labels = useLabels();
  const query = useNeedsAssessments(caseId, true);
  if (isHidden(query.error)) return null;
  const current = query.data?.current ?? null;
  const assessed = current ? current.domains.filter((d) => d.assessed) : [];
  const notAssessed = current ? current.domains.filter((d) => !d.assessed) : [];
  const urgent = needsByPriority(
    assessed.flatMap((d) => (d.level && d.urgency ? [{ ...d, level: d.level, urgency: d.urgency }] : [])),
  );
  return (
    <div className="subsection">
      <h3>{t('assistance.needs.title')}</h3>
      <ProblemNotice error={query.error} live="polite" />
      {query.isPending ? <Loading /> : null}
      {query.data && !current ? <p>{t('assistance.needs.none')}</p> : null}
      {current ? (
        <>
          <p className="muted">
            {t('assistance.version', { version: current.version })} ·{' '}
            <bdi>{current.assessedByOrganisation.name}</bdi> · <When value={current.assessedAt} />
          </p>
          {current.priorities ? (
            <>
              <h4>{t('assistance.needs.priorities')}</h4>
              <p className="assistance-words" dir="auto" lang={current.prioritiesLanguage ?? undefined}>
                {current.priorities}
              </p>
              {current.prioritiesLanguage ? (
                <p className="muted">
                  {t('assistance.needs.saidIn', { language: labels.language(current.prioritiesLanguage) })}
                </p>
              ) : null}
            </>
          ) : null}
          {urgent.length > 0 ? (
            <p>
              <strong>{t('assistance.needs.first')}</strong>{' '}
              {labels.list(urgent.slice(0, 3).map((d) => words.domain(d.domain)))}
            </p>
          ) : null}
          {assessed.length > 0 ? (
            <div className="table-scroll">
              <table className="table table-dense assistance-table">
                <caption className="visually-hidden">{t('assistance.needs.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('assistance.needs.domain')}</th>
                    <th scope="col">{t('assistance.needs.level')}</th>
                    <th scope="col">{t('assistance.needs.urgency')}</th>
                    <th scope="col">{t('assistance.needs.notes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {assessed.map((d) => (
                    <tr key={d.domain}>
                      <th scope="row">{words.domain(d.domain)}</th>
                      <td>{d.level ? <LevelBadge level={d.level} /> : null}</td>
                      <td>{d.urgency && d.level !== 'none' ? words.urgency(d.urgency) : '—'}</td>
                      <td dir="auto" className="assistance-text">
                        {d.notes ?? ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {notAssessed.length > 0 ? (
            <p>
              <strong>{t('assistance.needs.notAssessed')}</strong>{' '}
              {labels.list(notAssessed.map((d) => words.domain(d.domain)))}
            </p>
          ) : null}
          <Versions
            items={(query.data?.versions ?? []).map((v) => ({
              id: v.id,
              text: t('assistance.needs.versionLine', {
                version: v.version,
                domains: v.domainsAssessed,
                high: v.highNeeds,
              }),
              at: v.assessedAt,
              by: v.assessedByOrganisation.name,
            }))}
          />
        </>
      ) : null}
      {mayAssess && query.data ? (
        <p>
          <Link className="button button-secondary" to={`/cases/${encodeURIComponent(caseId)}/needs`}>
            {current ? t('assistance.needs.reassess') : t('assistance.needs.assess')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

function RiskSummary({
  caseId,
  mayAssess,
}: {
  readonly caseId: string;
  readonly mayAssess: boolean;
}): ReactNode {
  const t = useT();
  const query = useRiskAssessments(caseId, true);
  if (isHidden(query.error)) return null;
  const current = query.data?.current ?? null;
  return (
    <div className="subsection">
      <h3>{t('assistance.risk.title')}</h3>
      <ProblemNotice error={query.error} live="polite" />
      {query.isPending ? <Loading /> : null}
      {query.data && !current ? <p>{t('assistance.risk.none')}</p> : null}
      {current ? (
        <>
          <p className="muted">
            {t('assistance.version', { version: current.version })} ·{' '}
            <bdi>{current.assessedByOrganisation.name}</bdi> · <When value={current.assessedAt} />
          </p>
          <dl className="summary-list">
            <div>
              <dt>{t('assistance.risk.overall')}</dt>
              <dd>
                <RiskBadge risk={current.overall} />
              </dd>
            </div>
            <div>
              <dt>{t('assistance.risk.traffickers')}</dt>
              <dd>
                <RiskBadge risk={current.traffickersRisk} />
              </dd>
            </div>
            <div>
              <dt>{t('assistance.risk.retrafficking')}</dt>
              <dd>
                <RiskBadge risk={current.retraffickingRisk} />
              </dd>
            </div>
            <div>
              <dt>{t('assistance.risk.selfHarm')}</dt>
              <dd>
                <RiskBadge risk={current.selfHarmRisk} />
              </dd>
            </div>
            <div>
              <dt>{t('assistance.risk.family')}</dt>
              <dd>
                <RiskBadge risk={current.familyRisk} />
              </dd>
            </div>
            <div>
              <dt>{t('assistance.risk.reviewDue')}</dt>
              <dd>
                {current.reviewDueOn ? <CalendarDate value={current.reviewDueOn} /> : t('assistance.notSet')}{' '}
                <ReviewBadge state={current.reviewState} />
              </dd>
            </div>
          </dl>
          <h4>{t('assistance.risk.safetyPlan')}</h4>
          {current.safetyPlan ? (
            <p className="assistance-words" dir="auto">
              {current.safetyPlan}
            </p>
          ) : (
            <p>{t('assistance.risk.noSafetyPlan')}</p>
          )}
          <Versions
            items={(query.data?.versions ?? []).map((v) => ({
              id: v.id,
              text: t('assistance.risk.versionLine', { version: v.version }),
              at: v.assessedAt,
              by: v.assessedByOrganisation.name,
            }))}
          />
        </>
      ) : null}
      {mayAssess && query.data ? (
        <p>
          <Link className="button button-secondary" to={`/cases/${encodeURIComponent(caseId)}/risk`}>
            {current ? t('assistance.risk.reassess') : t('assistance.risk.assess')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

/** For a shelter or health service on the team: what keeps the person safe, not the risks behind it. */
function SafetyPlanOnly({ caseId }: { readonly caseId: string }): ReactNode {
  const t = useT();
  const query = useSafetyPlan(caseId, true);
  if (isHidden(query.error)) return null;
  const plan = query.data?.safetyPlan ?? null;
  return (
    <div className="subsection">
      <h3>{t('assistance.risk.safetyPlan')}</h3>
      <ProblemNotice error={query.error} live="polite" />
      {query.isPending ? <Loading /> : null}
      {query.data && !plan?.text ? <p>{t('assistance.risk.noSafetyPlan')}</p> : null}
      {plan?.text ? (
        <>
          <p className="assistance-words" dir="auto">
            {plan.text}
          </p>
          <p className="muted">
            <bdi>{plan.assessedByOrganisation.name}</bdi> · <When value={plan.assessedAt} />
            {plan.reviewDueOn ? (
              <>
                {' · '}
                {t('assistance.risk.reviewDue')} <CalendarDate value={plan.reviewDueOn} />
              </>
            ) : null}
          </p>
        </>
      ) : null}
    </div>
  );
}

/** Earlier versions, in brief: kept, never overwritten. */
export function Versions({
  items,
  links,
}: {
  readonly items: readonly { id: string; text: string; at: string; by: string }[];
  readonly links?: (id: string) => string | null;
}): ReactNode {
  const t = useT();
  if (items.length < 2) return null;
  return (
    <details>
      <summary>{t('assistance.versions', { count: items.length })}</summary>
      <ul className="assistance-list">
        {items.map((item) => {
          const to = links?.(item.id) ?? null;
          return (
            <li key={item.id}>
              {to ? <Link to={to}>{item.text}</Link> : item.text} · <bdi>{item.by}</bdi> ·{' '}
              <When value={item.at} />
            </li>
          );
        })}
      </ul>
    </details>
  );
}
