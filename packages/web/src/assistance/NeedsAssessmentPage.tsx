import {
  checkNeedsAssessment,
  isPersonLanguage,
  NEED_DOMAINS,
  NEED_LEVELS,
  type NeedDomain,
  type NeedLevel,
  type NeedsAssessmentInput,
  PERSON_LANGUAGES,
  URGENCIES,
  type Urgency,
} from '@opennrm/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link, useNavigate, useParams } from 'react-router';
import { useCaseDetail } from '../cases/queries';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { Loading, ProblemNotice } from '../ui/Alerts';
import { ErrorSummary, type SummaryItem } from '../ui/ErrorSummary';
import { SelectInput } from '../ui/fields';
import { Page } from '../ui/Page';
import { AssistanceProblem, ChoiceGroup, LongText, useServerFieldErrors } from './fields';
import { useAssistanceChange, useNeedsAssessments } from './queries';
import type { NeedsAssessment } from './types';
import { useAssistanceWords } from './words';

const FORM = 'needs';
type Level = NeedLevel | 'not_assessed';
type DomainState = { readonly level: Level; readonly urgency: Urgency | null; readonly notes: string };
type State = Readonly<Record<NeedDomain, DomainState>>;
const NO_LANGUAGE = 'none';

const fieldOf = (domain: NeedDomain, part: 'level' | 'urgency' | 'notes'): string =>
  `${FORM}-${domain}-${part}`;

function initialState(current: NeedsAssessment | null): State {
  const entries = NEED_DOMAINS.map((domain) => {
    const found = current?.domains.find((d) => d.domain === domain);
    const state: DomainState =
      found?.assessed && found.level
        ? {
            level: found.level,
            urgency: found.level === 'none' ? null : found.urgency,
            notes: found.notes ?? '',
          }
        : { level: 'not_assessed', urgency: null, notes: '' };
    return [domain, state] as const;
  });
  return Object.fromEntries(entries) as State;
}

/**
 * The needs assessment, done with the person: every domain of CoE art. 12 / EU art. 11
 * on one page, each with the level of need and how urgent it is (radio groups, arrow
 * keys within a group, Tab to the next), notes, and what matters most to the person in
 * their own words. Saving writes a new version; earlier ones are kept.
 */
export function NeedsAssessmentPage(): ReactNode {
  const t = useT();
  const { caseId = '' } = useParams();
  const detail = useCaseDetail(caseId);
  const needs = useNeedsAssessments(caseId, true);
  const title = detail.data
    ? t('assistance.needsPage.title', { reference: detail.data.reference })
    : t('assistance.needs.title');

  if (needs.isPending || detail.isPending) return <Loading />;
  if (!needs.data) {
    return (
      <Page title={title}>
        <ProblemNotice error={needs.error ?? detail.error} />
        <BackLink caseId={caseId} />
      </Page>
    );
  }
  return (
    <Page title={title} lead={<p>{t('assistance.needsPage.lead')}</p>}>
      <BackLink caseId={caseId} />
      <NeedsForm caseId={caseId} current={needs.data.current} />
    </Page>
  );
}

export function BackLink({ caseId }: { readonly caseId: string }): ReactNode {
  const t = useT();
  return (
    <p>
      <Link to={`/cases/${encodeURIComponent(caseId)}`}>{t('assistance.backToCase')}</Link>
    </p>
  );
}

function NeedsForm({
  caseId,
  current,
}: {
  readonly caseId: string;
  readonly current: NeedsAssessment | null;
}): ReactNode {
  const t = useT();
  const words = useAssistanceWords();
  const labels = useLabels();
  const navigate = useNavigate();
  const change = useAssistanceChange(caseId);
  const serverErrors = useServerFieldErrors();
  const [state, setState] = useState<State>(() => initialState(current));
  const [priorities, setPriorities] = useState(current?.priorities ?? '');
  const [language, setLanguage] = useState<string>(current?.prioritiesLanguage ?? NO_LANGUAGE);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const update = (domain: NeedDomain, patch: Partial<DomainState>): void =>
    setState((before) => ({ ...before, [domain]: { ...before[domain], ...patch } }));

  const input = (): { body: NeedsAssessmentInput; order: NeedDomain[] } => {
    const order = NEED_DOMAINS.filter((domain) => state[domain].level !== 'not_assessed');
    return {
      order,
      body: {
        needs: order.map((domain) => {
          const d = state[domain];
          const level = d.level as NeedLevel;
          return {
            domain,
            level,
            ...(level !== 'none' && d.urgency ? { urgency: d.urgency } : {}),
            notes: d.notes.trim() === '' ? null : d.notes.trim(),
          };
        }),
        priorities: priorities.trim() === '' ? null : priorities.trim(),
        prioritiesLanguage: isPersonLanguage(language) ? language : null,
      },
    };
  };

  /** Rule paths ('needs.3.urgency') to the ids of the fields on this page. */
  const toFieldErrors = (
    found: Record<string, string>,
    order: readonly NeedDomain[],
  ): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [path, message] of Object.entries(found)) {
      const match = /^needs\.(\d+)\.(\w+)$/.exec(path);
      const domain = match ? order[Number(match[1])] : undefined;
      if (match && domain) {
        const part = match[2] === 'domain' ? 'level' : match[2] === 'notes' ? 'notes' : 'urgency';
        out[fieldOf(domain, part)] = message;
      } else if (path === 'needs') out[`${FORM}-safety-level`] = message;
      else out[`${FORM}-${path}`] = message;
    }
    return out;
  };

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const { body, order } = input();
    const found = Object.fromEntries(
      checkNeedsAssessment(body).map((p) => [p.path, words.fieldProblem(p.code) ?? p.code]),
    );
    const next = toFieldErrors(found, order);
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    change.mutate(
      { kind: 'needs', input: body },
      {
        onSuccess: () => {
          void navigate(`/cases/${encodeURIComponent(caseId)}#case-assistance`);
        },
        onError: (error) => setErrors(toFieldErrors(serverErrors(error), order)),
      },
    );
  };

  const levelOptions = [
    { id: 'not_assessed' as const, label: t('assistance.level.not_assessed') },
    ...NEED_LEVELS.map((level) => ({ id: level, label: words.level(level) })),
  ];
  const urgencyOptions = URGENCIES.map((urgency) => ({ id: urgency, label: words.urgency(urgency) }));
  // In the summary, a problem says which area it is about: fifteen areas share their field names.
  const domainOf = (fieldId: string): NeedDomain | undefined =>
    NEED_DOMAINS.find((d) => fieldId.startsWith(`${FORM}-${d}-`));
  const summary: SummaryItem[] = Object.entries(errors).map(([fieldId, message]) => {
    const domain = domainOf(fieldId);
    return {
      fieldId,
      message: domain
        ? t('assistance.needsPage.domainProblem', { domain: words.domain(domain), problem: message })
        : message,
    };
  });
  // Keep the order of the page in the summary.
  const order = [
    ...NEED_DOMAINS.flatMap((d) => [fieldOf(d, 'level'), fieldOf(d, 'urgency'), fieldOf(d, 'notes')]),
    `${FORM}-priorities`,
    `${FORM}-prioritiesLanguage`,
  ];
  summary.sort((a, b) => order.indexOf(a.fieldId ?? '') - order.indexOf(b.fieldId ?? ''));

  return (
    <Form className="form" onSubmit={submit} validationBehavior="aria">
      <ErrorSummary items={summary} />
      <AssistanceProblem error={Object.keys(errors).length > 0 ? null : change.error} />
      <h2>{t('assistance.needsPage.priorities')}</h2>
      <LongText
        id={`${FORM}-priorities`}
        name="priorities"
        label={t('assistance.needs.priorities')}
        description={t('assistance.needsPage.prioritiesHint')}
        value={priorities}
        onChange={setPriorities}
        error={errors[`${FORM}-priorities`]}
      />
      <SelectInput
        id={`${FORM}-prioritiesLanguage`}
        name="prioritiesLanguage"
        label={t('assistance.needsPage.language')}
        description={t('assistance.needsPage.languageHint')}
        placeholder={t('assistance.needsPage.languagePlaceholder')}
        options={[
          { id: NO_LANGUAGE, label: t('assistance.needsPage.noLanguage') },
          ...PERSON_LANGUAGES.map((code) => ({ id: code, label: labels.language(code), lang: code })),
        ]}
        value={language}
        onChange={setLanguage}
        error={errors[`${FORM}-prioritiesLanguage`]}
      />
      <h2>{t('assistance.needsPage.domains')}</h2>
      <p>{t('assistance.needsPage.domainsHint')}</p>
      {NEED_DOMAINS.map((domain) => {
        const d = state[domain];
        const assessed = d.level !== 'not_assessed';
        return (
          <section
            key={domain}
            className="assistance-domain"
            data-assessed={assessed}
            aria-labelledby={`${FORM}-${domain}-heading`}
          >
            <h3 id={`${FORM}-${domain}-heading`}>{words.domain(domain)}</h3>
            <div className="assistance-domain-fields">
              <ChoiceGroup
                id={fieldOf(domain, 'level')}
                name={`${domain}-level`}
                label={t('assistance.needs.level')}
                options={levelOptions}
                value={d.level}
                onChange={(level) => update(domain, { level })}
                error={errors[fieldOf(domain, 'level')]}
                inline
              />
              {assessed && d.level !== 'none' ? (
                <ChoiceGroup
                  id={fieldOf(domain, 'urgency')}
                  name={`${domain}-urgency`}
                  label={t('assistance.needs.urgency')}
                  options={urgencyOptions}
                  value={d.urgency}
                  onChange={(urgency) => update(domain, { urgency })}
                  error={errors[fieldOf(domain, 'urgency')]}
                  inline
                />
              ) : null}
              {assessed ? (
                <LongText
                  id={fieldOf(domain, 'notes')}
                  name={`${domain}-notes`}
                  label={t('assistance.needs.notes')}
                  value={d.notes}
                  onChange={(notes) => update(domain, { notes })}
                  error={errors[fieldOf(domain, 'notes')]}
                  rows={2}
                  maxLength={5_000}
                />
              ) : null}
            </div>
          </section>
        );
      })}
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={change.isPending}>
          {current ? t('assistance.needsPage.saveVersion') : t('assistance.needsPage.save')}
        </Button>
        <Link className="button button-secondary" to={`/cases/${encodeURIComponent(caseId)}`}>
          {t('common.cancel')}
        </Link>
      </div>
    </Form>
  );
}
