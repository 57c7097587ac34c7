import {
  type GroupedQuestions,
  type QuestionKey,
  questionText,
  SCREENING_ANSWERS,
  type ScreeningAnswer,
  type ScreeningAnswers,
  type ScreeningLanguage,
} from '@opennrm/core';
import { memo, type ReactNode } from 'react';
import { Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { type ScreeningWords, useScreeningWords } from './words';
import './identification.css';

type QuestionProps = {
  readonly questionKey: QuestionKey;
  readonly answer: ScreeningAnswer | undefined;
  readonly onAnswer: (key: QuestionKey, answer: ScreeningAnswer) => void;
  readonly uiLocale: string;
  readonly personLanguage: ScreeningLanguage;
  readonly words: ScreeningWords;
  readonly languageName: string;
  readonly untranslatedNote: string;
  readonly isDisabled: boolean;
};

/** One question with its four answers; the person's own wording under it when their language differs. */
const Question = memo(function Question(props: QuestionProps): ReactNode {
  const shown = questionText(props.questionKey, props.uiLocale);
  const theirs = questionText(props.questionKey, props.personLanguage);
  const showTheirs =
    theirs !== null && shown !== null && theirs.language !== shown.language && theirs.translated;
  // A full-screen question not yet written in the reader's language is shown in English.
  const untranslated = shown !== null && !shown.translated && shown.language !== props.uiLocale;
  return (
    <RadioGroup
      id={`question-${props.questionKey}`}
      className="screening-question"
      orientation="horizontal"
      value={props.answer ?? null}
      isDisabled={props.isDisabled}
      onChange={(value) => props.onAnswer(props.questionKey, value as ScreeningAnswer)}
    >
      <Label className="screening-question-text" lang={shown?.language} dir={shown?.direction}>
        {shown?.text ?? props.questionKey}
      </Label>
      {showTheirs || untranslated ? (
        <Text slot="description" className="screening-question-description">
          {showTheirs ? (
            <span className="screening-question-theirs">
              <span className="visually-hidden">{props.languageName}: </span>
              <span lang={theirs.language} dir={theirs.direction}>
                {theirs.text}
              </span>
            </span>
          ) : null}
          {untranslated ? <span className="field-hint">{props.untranslatedNote}</span> : null}
        </Text>
      ) : null}
      <div className="screening-answers">
        {SCREENING_ANSWERS.map((answer) => (
          <Radio key={answer} value={answer} className="screening-answer">
            <span className="screening-answer-circle" aria-hidden="true" />
            <span>{props.words.answer(answer)}</span>
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
});

/**
 * The worker's form: every question of the screen, grouped (safety first, then the six
 * ILO/EC dimensions), each answered yes, no, don't know or prefer not to say. Nothing
 * is required: an unanswered question is open, and declining is never read as "no".
 */
export function QuestionForm({
  groups,
  answers,
  onAnswer,
  personLanguage,
  isDisabled = false,
}: {
  readonly groups: readonly GroupedQuestions[];
  readonly answers: ScreeningAnswers;
  readonly onAnswer: (key: QuestionKey, answer: ScreeningAnswer) => void;
  readonly personLanguage: ScreeningLanguage;
  readonly isDisabled?: boolean;
}): ReactNode {
  const intl = useIntl();
  const t = useT();
  const labels = useLabels();
  const words = useScreeningWords();
  const languageName = labels.language(personLanguage);
  const untranslatedNote = t('identification.question.untranslated');
  return (
    <div className="screening-form">
      {groups.map(({ group, questionKeys }) => (
        <section key={group} className="screening-group" aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`}>{words.group(group)}</h2>
          {questionKeys.map((key) => (
            <Question
              key={key}
              questionKey={key}
              answer={Object.hasOwn(answers, key) ? answers[key] : undefined}
              onAnswer={onAnswer}
              uiLocale={intl.locale}
              personLanguage={personLanguage}
              words={words}
              languageName={languageName}
              untranslatedNote={untranslatedNote}
              isDisabled={isDisabled}
            />
          ))}
        </section>
      ))}
    </div>
  );
}
