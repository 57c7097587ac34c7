import { type OrganisationKind, PANEL_ROLES, type PanelRole } from '@opennrm/core';
import { type ReactNode, useState } from 'react';
import { Button } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useOrganisationList } from '../directory/queries';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { ProblemNotice } from '../ui/Alerts';
import { SelectInput } from '../ui/fields';
import { type FieldErrors, fieldId, hasErrors, summaryItems } from '../ui/form-errors';
import { RadioInput, TextAreaInput } from './fields';
import { FormDialog } from './parts';
import { useDecisionAction } from './queries';
import type { CaseDecisions, ReconsiderationRecord } from './types';
import { useDecisionWords } from './words';

/** Requests to reconsider a negative decision and their independent multi-agency reviews. */
export function Reconsiderations({ data }: { readonly data: CaseDecisions }): ReactNode {
  const t = useT();
  if (data.reconsiderations.length === 0) return null;
  return (
    <div className="subsection">
      <h3>{t('decisions.reconsiderations.title')}</h3>
      {data.reconsiderations.map((item) => (
        <ReconsiderationCard key={item.id} data={data} item={item} />
      ))}
    </div>
  );
}

function ReconsiderationCard({
  data,
  item,
}: {
  readonly data: CaseDecisions;
  readonly item: ReconsiderationRecord;
}): ReactNode {
  const t = useT();
  const intl = useIntl();
  const labels = useLabels();
  const words = useDecisionWords();
  const [reviewing, setReviewing] = useState(false);
  const decision = data.decisions.find((d) => d.id === item.decisionId);

  return (
    <article className="decision-card" aria-labelledby={`reconsideration-${item.id}`}>
      <h4 id={`reconsideration-${item.id}`}>
        {decision ? `${words.stage(decision.stage)}: ` : ''}
        {words.reconsideration(item.status)}
      </h4>
      <p>
        <bdi>
          {t('decisions.reconsiderations.requested', {
            organisation: item.requestedByOrganisation.name,
            date: intl.formatDate(item.requestedAt, { dateStyle: 'long' }),
          })}
        </bdi>
      </p>
      <dl className="summary-list">
        <div>
          <dt>{t('decisions.reconsiderations.grounds')}</dt>
          <dd className="reasons" dir="auto">
            {item.grounds}
          </dd>
        </div>
        {item.panel.length > 0 ? (
          <div>
            <dt>{t('decisions.reconsiderations.panel')}</dt>
            <dd>
              <ul className="plain-list">
                {item.panel.map((member) => (
                  <li key={member.organisation.id}>
                    {t('decisions.panel.member', {
                      name: `\u2068${member.organisation.name}\u2069`,
                      kind: labels.organisationKind(member.organisation.kind),
                      role: words.role(member.role),
                    })}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {item.reviewNotes ? (
          <div>
            <dt>{t('decisions.reconsiderations.notes')}</dt>
            <dd className="reasons" dir="auto">
              {item.reviewNotes}
            </dd>
          </div>
        ) : null}
      </dl>
      {item.reviewedAt && item.reviewedBy ? (
        <p>
          {t('decisions.reconsiderations.reviewed', {
            date: intl.formatDate(item.reviewedAt, { dateStyle: 'long' }),
            name: item.reviewedBy.name,
          })}
        </p>
      ) : null}
      {item.mayReview && decision ? (
        <>
          <div className="button-row">
            <Button className="button button-primary" onPress={() => setReviewing(true)}>
              {t('decisions.review.button')}
            </Button>
          </div>
          <ReviewDialog
            data={data}
            reconsiderationId={item.id}
            positiveOutcomes={(decision.stage === 'reasonable_grounds'
              ? (data.profile?.outcomes.reasonableGrounds ?? [])
              : (data.profile?.outcomes.conclusiveGrounds ?? [])
            ).filter((outcome) => outcome.positive)}
            isOpen={reviewing}
            onClose={() => setReviewing(false)}
          />
        </>
      ) : null}
    </article>
  );
}

type PanelEntry = { organisationId: string; name: string; kind: OrganisationKind; role: PanelRole };
type ReviewField = 'panel' | 'notes' | 'outcome' | 'newOutcome';
const REVIEW_FIELDS: readonly ReviewField[] = ['panel', 'notes', 'outcome', 'newOutcome'];

function ReviewDialog(props: {
  readonly data: CaseDecisions;
  readonly reconsiderationId: string;
  readonly positiveOutcomes: readonly { id: string; labelKey: string }[];
  readonly isOpen: boolean;
  readonly onClose: () => void;
}): ReactNode {
  const t = useT();
  const labels = useLabels();
  const words = useDecisionWords();
  const action = useDecisionAction(props.data.caseId);
  const organisations = useOrganisationList({ pageSize: 200 });
  const [panel, setPanel] = useState<PanelEntry[]>([]);
  const [candidate, setCandidate] = useState<string | null>(null);
  const [role, setRole] = useState<PanelRole>('member');
  const [notes, setNotes] = useState('');
  const [outcome, setOutcome] = useState<'upheld' | 'overturned' | null>(null);
  const [newOutcome, setNewOutcome] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors<ReviewField>>({});
  const form = `review-${props.reconsiderationId}`;
  const needsChoice = outcome === 'overturned' && props.positiveOutcomes.length > 1;

  const available = (organisations.data?.items ?? []).filter(
    (org) => org.active && !panel.some((member) => member.organisationId === org.id),
  );

  const add = (): void => {
    const org = available.find((item) => item.id === candidate);
    if (!org) return;
    setPanel([...panel, { organisationId: org.id, name: org.name, kind: org.kind, role }]);
    setCandidate(null);
  };

  const submit = (): void => {
    const next: FieldErrors<ReviewField> = {};
    if (panel.length < 2 || new Set(panel.map((member) => member.kind)).size < 2) {
      next.panel = t('decisions.review.panelInvalid');
    }
    if (notes.trim().length === 0) next.notes = t('decisions.review.notesRequired');
    if (!outcome) next.outcome = t('decisions.review.outcomeRequired');
    if (needsChoice && !newOutcome) next.newOutcome = t('decisions.review.newOutcomeRequired');
    setErrors(next);
    if (hasErrors(next) || !outcome) return;
    action.mutate(
      {
        kind: 'review',
        reconsiderationId: props.reconsiderationId,
        input: {
          panel: panel.map((member) => ({ organisationId: member.organisationId, role: member.role })),
          notes: notes.trim(),
          outcome,
          ...(needsChoice && newOutcome ? { newOutcome } : {}),
        },
      },
      { onSuccess: props.onClose },
    );
  };

  return (
    <FormDialog
      isOpen={props.isOpen}
      onClose={() => {
        action.reset();
        props.onClose();
      }}
      title={t('decisions.review.title')}
      intro={<p>{t('decisions.review.intro')}</p>}
      errors={summaryItems(form, errors, REVIEW_FIELDS)}
      problem={action.error}
      pending={action.isPending}
      submitLabel={t('decisions.review.submit')}
      onSubmit={submit}
    >
      <fieldset
        id={fieldId(form, 'panel')}
        className={`field field-wide${errors.panel ? ' field-invalid' : ''}`}
        tabIndex={-1}
      >
        <legend className="field-label">{t('decisions.reconsiderations.panel')}</legend>
        {errors.panel ? <p className="field-error">{errors.panel}</p> : null}
        <ProblemNotice error={organisations.error} live="polite" />
        {panel.length === 0 ? (
          <p>{t('decisions.review.panelEmpty')}</p>
        ) : (
          <ul className="panel-list">
            {panel.map((member) => (
              <li key={member.organisationId}>
                <span>
                  {t('decisions.panel.member', {
                    name: `\u2068${member.name}\u2069`,
                    kind: labels.organisationKind(member.kind),
                    role: words.role(member.role),
                  })}
                </span>
                <Button
                  className="button button-quiet button-small"
                  onPress={() => setPanel(panel.filter((m) => m.organisationId !== member.organisationId))}
                >
                  {t('decisions.review.remove', { name: member.name })}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <div className="panel-add">
          <SelectInput
            id={`${form}-organisation`}
            name="organisation"
            label={t('decisions.review.addOrganisation')}
            options={available.map((org) => ({
              id: org.id,
              label: `${org.name} (${labels.organisationKind(org.kind)})`,
            }))}
            value={candidate}
            onChange={setCandidate}
            placeholder={t('common.choose')}
          />
          <SelectInput
            id={`${form}-role`}
            name="role"
            label={t('decisions.review.addRole')}
            options={PANEL_ROLES.map((value) => ({ id: value, label: words.role(value) }))}
            value={role}
            onChange={setRole}
            placeholder={t('common.choose')}
          />
          <Button className="button button-secondary" onPress={add} isDisabled={!candidate}>
            {t('decisions.review.add')}
          </Button>
        </div>
      </fieldset>
      <TextAreaInput
        id={fieldId(form, 'notes')}
        name="notes"
        label={t('decisions.review.notes')}
        value={notes}
        onChange={setNotes}
        error={errors.notes}
        isRequired
      />
      <RadioInput
        id={fieldId(form, 'outcome')}
        name="outcome"
        label={t('decisions.review.outcome')}
        description={t('decisions.review.overturnEffect')}
        options={[
          { id: 'upheld' as const, label: t('decisions.review.upheld') },
          { id: 'overturned' as const, label: t('decisions.review.overturned') },
        ]}
        value={outcome}
        onChange={setOutcome}
        error={errors.outcome}
        isRequired
      />
      {needsChoice ? (
        <RadioInput
          id={fieldId(form, 'newOutcome')}
          name="newOutcome"
          label={t('decisions.review.newOutcome')}
          options={props.positiveOutcomes.map((item) => ({ id: item.id, label: words.outcome(item) }))}
          value={newOutcome}
          onChange={setNewOutcome}
          error={errors.newOutcome}
          isRequired
        />
      ) : null}
    </FormDialog>
  );
}
