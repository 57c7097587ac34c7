import { NEXT_STEP_ACTIONS, type NextStep, questionText, type ScreeningSuggestion } from '@opennrm/core';
import type { ReactNode } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { Notice } from '../ui/Alerts';
import { useScreeningWords } from './words';
import './identification.css';

/** Urgent steps first, then in core's order (safety, child protection, refer, continue, support). */
export function orderedSteps(steps: readonly NextStep[]): readonly NextStep[] {
  return [...steps].sort((a, b) => NEXT_STEP_ACTIONS.indexOf(a.action) - NEXT_STEP_ACTIONS.indexOf(b.action));
}

function QuestionLabel({ questionKey }: { readonly questionKey: string }): ReactNode {
  const intl = useIntl();
  const text = questionText(questionKey, intl.locale);
  if (!text) return <span>{questionKey}</span>;
  return (
    <span lang={text.language === intl.locale ? undefined : text.language} dir={text.direction}>
      {text.text}
    </span>
  );
}

/**
 * What the indicators suggest, never a decision: the overall reading, what to do next
 * (urgent first), the indicators found per dimension, the elements of trafficking, the
 * forms of exploitation suggested and the lists used, with their versions.
 */
export function SuggestionView({
  suggestion,
  indicatorSets,
}: {
  readonly suggestion: ScreeningSuggestion;
  readonly indicatorSets?: readonly { readonly id: string; readonly version: number }[];
}): ReactNode {
  const t = useT();
  const labels = useLabels();
  const words = useScreeningWords();
  const [first, ...readings] = suggestion.readings;
  const steps = orderedSteps(suggestion.nextSteps);
  const sets = indicatorSets ?? suggestion.sets;

  return (
    <div className="suggestion">
      {first ? (
        <Notice tone="info" live="off">
          <p>{words.reading(first)}</p>
        </Notice>
      ) : null}

      <section className="section" aria-labelledby="suggestion-overall">
        <h2 id="suggestion-overall">{t('identification.result.overall')}</h2>
        <p className={`suggestion-overall suggestion-overall-${suggestion.overall}`}>
          {words.overall(suggestion.overall)}
        </p>
        <ul className="plain-list suggestion-readings">
          {readings.map((reading) => {
            const text = words.reading(reading);
            return text ? <li key={`${reading.key}:${JSON.stringify(reading.params)}`}>{text}</li> : null;
          })}
        </ul>
      </section>

      <section className="section" aria-labelledby="suggestion-next">
        <h2 id="suggestion-next">{t('identification.result.nextSteps')}</h2>
        <ol className="suggestion-steps">
          {steps.map((step) => {
            const text = words.reading(step);
            if (!text) return null;
            const urgent = step.action === 'urgent_safety' || step.action === 'child_protection_now';
            return (
              <li
                key={step.action}
                className={urgent ? 'suggestion-step suggestion-step-urgent' : 'suggestion-step'}
              >
                {urgent ? <strong>{t('identification.result.urgentLabel')} </strong> : null}
                {text}
                {step.action === 'urgent_safety' && suggestion.urgentFlags.length > 0 ? (
                  <ul>
                    {suggestion.urgentFlags.map((flag) => (
                      <li key={flag}>{words.urgent(flag)}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>

      <section className="section" aria-labelledby="suggestion-dimensions">
        <h2 id="suggestion-dimensions">{t('identification.result.dimensions')}</h2>
        <div className="table-scroll">
          <Table aria-labelledby="suggestion-dimensions" className="table">
            <TableHeader>
              <Column isRowHeader>{t('identification.result.column.dimension')}</Column>
              <Column>{t('identification.result.column.level')}</Column>
              <Column>{t('identification.result.column.found')}</Column>
              <Column>{t('identification.result.column.answered')}</Column>
              <Column>{t('identification.result.column.open')}</Column>
            </TableHeader>
            <TableBody
              items={suggestion.dimensions.map((reading) => ({ ...reading, id: reading.dimension }))}
            >
              {(reading) => (
                <Row id={reading.dimension}>
                  <Cell>{words.group(reading.dimension)}</Cell>
                  <Cell>{words.level(reading.level)}</Cell>
                  <Cell>
                    {reading.found.length === 0 ? (
                      t('identification.result.found.none')
                    ) : (
                      <ul className="plain-list suggestion-found">
                        {reading.found.map((found) => (
                          <li key={found.questionKey}>
                            <QuestionLabel questionKey={found.questionKey} />{' '}
                            <span className="muted">({words.strength(found.strength)})</span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </Cell>
                  <Cell>{reading.answered + reading.unsure + reading.declined}</Cell>
                  <Cell>{reading.open}</Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        </div>
      </section>

      <section className="section" aria-labelledby="suggestion-elements">
        <h2 id="suggestion-elements">{t('identification.result.elements')}</h2>
        <dl className="summary-list">
          {suggestion.elements.map((element) => (
            <div key={element.element}>
              <dt>{words.element(element.element)}</dt>
              <dd>{words.level(element.level)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="section" aria-labelledby="suggestion-forms">
        <h2 id="suggestion-forms">{t('identification.result.forms')}</h2>
        {suggestion.forms.length === 0 ? (
          <p>{t('identification.result.forms.none')}</p>
        ) : (
          <ul className="suggestion-form-list">
            {suggestion.forms.map((form) => (
              <li key={form.form}>
                <strong>{labels.exploitationForm(form.form)}</strong>
                <ul className="plain-list suggestion-found">
                  {form.questionKeys.map((key) => (
                    <li key={key}>
                      <QuestionLabel questionKey={key} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="section" aria-labelledby="suggestion-sets">
        <h2 id="suggestion-sets">{t('identification.result.sets')}</h2>
        <ul className="plain-list">
          {sets.map((set) => (
            <li key={set.id}>
              {t('identification.result.setVersion', { title: words.setTitle(set.id), version: set.version })}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
