import { type ReactNode, useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedDate } from 'react-intl';
import { useT } from '../i18n/use-t';
import { fieldId, summaryItems } from '../ui/form-errors';
import { TextAreaInput } from './fields';
import { FormDialog } from './parts';
import { decisionLetterUrl, useDecisionAction } from './queries';
import type { CaseDecisions, DecisionRecord } from './types';
import { useDecisionWords } from './words';

/** Every decision on the case, oldest first, with its reasons, its letter and, if negative, a way to ask for reconsideration. */
export function DecisionHistory({
  data,
  mayRequestReconsideration,
}: {
  readonly data: CaseDecisions;
  readonly mayRequestReconsideration: boolean;
}): ReactNode {
  const t = useT();
  return (
    <div className="subsection">
      <h3>{t('decisions.history.title')}</h3>
      {data.decisions.length === 0 ? <p>{t('decisions.history.empty')}</p> : null}
      {data.decisions.map((decision) => (
        <DecisionCard
          key={decision.id}
          caseId={data.caseId}
          decision={decision}
          outcomes={data.profile?.outcomes}
          mayRequestReconsideration={mayRequestReconsideration && decision.reconsiderable}
        />
      ))}
    </div>
  );
}

function DecisionCard({
  caseId,
  decision,
  outcomes,
  mayRequestReconsideration,
}: {
  readonly caseId: string;
  readonly decision: DecisionRecord;
  readonly outcomes: NonNullable<CaseDecisions['profile']>['outcomes'] | undefined;
  readonly mayRequestReconsideration: boolean;
}): ReactNode {
  const t = useT();
  const words = useDecisionWords();
  const [asking, setAsking] = useState(false);
  const categories =
    decision.stage === 'reasonable_grounds' ? outcomes?.reasonableGrounds : outcomes?.conclusiveGrounds;
  const category = categories?.find((item) => item.id === decision.outcome) ?? {
    id: decision.outcome,
    labelKey: `profile.outcome.${decision.outcome}`,
  };
  const classes = [
    'decision-card',
    decision.positive ? 'decision-card-positive' : '',
    decision.supersededById ? 'decision-card-superseded' : '',
  ].join(' ');

  return (
    <article className={classes} aria-labelledby={`decision-${decision.id}`}>
      <h4 id={`decision-${decision.id}`}>
        {t('decisions.history.heading', {
          stage: words.stage(decision.stage),
          result: words.result(decision.positive),
        })}
      </h4>
      {decision.supersededById ? <p>{t('decisions.history.superseded')}</p> : null}
      {decision.supersedesId ? <p>{t('decisions.history.supersedes')}</p> : null}
      <dl className="summary-list">
        <div>
          <dt>{t('decisions.history.outcome')}</dt>
          <dd>{words.outcome(category)}</dd>
        </div>
        <div>
          <dt>{t('decisions.history.standard')}</dt>
          <dd>{words.standard(decision.standard)}</dd>
        </div>
        <div>
          <dt>{t('decisions.history.decidedAt')}</dt>
          <dd>
            <FormattedDate value={decision.decidedAt} dateStyle="long" />
          </dd>
        </div>
        {decision.dueAt ? (
          <div>
            <dt>{t('decisions.history.dueAt')}</dt>
            <dd>
              <FormattedDate value={decision.dueAt} dateStyle="long" />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('decisions.history.decidedBy')}</dt>
          <dd>
            <bdi>
              {t('decisions.history.decidedByValue', {
                name: decision.decidedBy.name,
                organisation: decision.decidedByOrganisation.name,
              })}
            </bdi>
          </dd>
        </div>
        <div>
          <dt>{t('decisions.history.reasons')}</dt>
          <dd className="reasons" dir="auto">
            {decision.reasons}
          </dd>
        </div>
      </dl>
      <div className="button-row">
        <a
          className="button button-secondary"
          href={decisionLetterUrl(decision.id)}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t('decisions.history.letter')}
        </a>
        {mayRequestReconsideration ? (
          <Button className="button button-quiet" onPress={() => setAsking(true)}>
            {t('decisions.reconsider.button')}
          </Button>
        ) : null}
      </div>
      {mayRequestReconsideration ? (
        <ReconsiderDialog
          caseId={caseId}
          decisionId={decision.id}
          isOpen={asking}
          onClose={() => setAsking(false)}
        />
      ) : null}
    </article>
  );
}

function ReconsiderDialog(props: {
  readonly caseId: string;
  readonly decisionId: string;
  readonly isOpen: boolean;
  readonly onClose: () => void;
}): ReactNode {
  const t = useT();
  const action = useDecisionAction(props.caseId);
  const [grounds, setGrounds] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const form = `reconsider-${props.decisionId}`;

  const submit = (): void => {
    const missing = grounds.trim().length === 0 ? t('decisions.reconsider.groundsRequired') : undefined;
    setError(missing);
    if (missing) return;
    action.mutate(
      { kind: 'reconsider', decisionId: props.decisionId, grounds: grounds.trim() },
      {
        onSuccess: () => {
          setGrounds('');
          props.onClose();
        },
      },
    );
  };

  return (
    <FormDialog
      isOpen={props.isOpen}
      onClose={() => {
        action.reset();
        props.onClose();
      }}
      title={t('decisions.reconsider.title')}
      intro={<p>{t('decisions.reconsider.intro')}</p>}
      errors={summaryItems(form, { grounds: error }, ['grounds'])}
      problem={action.error}
      pending={action.isPending}
      submitLabel={t('decisions.reconsider.submit')}
      onSubmit={submit}
    >
      <TextAreaInput
        id={fieldId(form, 'grounds')}
        name="grounds"
        label={t('decisions.reconsider.grounds')}
        value={grounds}
        onChange={setGrounds}
        error={error}
        isRequired
      />
    </FormDialog>
  );
}
