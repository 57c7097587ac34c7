import {
  direction,
  type PersonFacingKey,
  personFacingText,
  type QuestionKey,
  questionText,
  type ScreeningAnswer,
  type ScreeningLanguage,
  type ScreeningText,
  type ScreeningUiKey,
  screeningUiText,
} from '@opennrm/core';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { Button, Dialog, Modal, ModalOverlay } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useT } from '../i18n/use-t';
import { quickExit } from '../quick-exit/quick-exit';
import { ExitIcon } from '../ui/icons';
import type { PersonFacingStep } from './draft';
import { useReadAloud } from './speech';
import './identification.css';

const ANSWER_KEYS: readonly (readonly [ScreeningAnswer, ScreeningUiKey])[] = [
  ['yes', 'answer_yes'],
  ['no', 'answer_no'],
  ['unsure', 'answer_unsure'],
];

/** Text in its own language: `lang` and `dir` only where it differs from the container's. */
function Say({
  text,
  around,
  as: Tag = 'span',
}: {
  readonly text: ScreeningText;
  readonly around: ScreeningLanguage;
  readonly as?: 'span' | 'p';
}): ReactNode {
  return text.language === around ? (
    <Tag>{text.text}</Tag>
  ) : (
    <Tag lang={text.language} dir={text.direction}>
      {text.text}
    </Tag>
  );
}

function ReadAloudButton({
  text,
  label,
  stopLabel,
}: {
  readonly text: ScreeningText;
  readonly label: ScreeningText;
  readonly stopLabel: ScreeningText;
}): ReactNode {
  const voice = useReadAloud(text.language);
  // No voice for this language in this browser: no button rather than a wrong language.
  if (!voice.available) return null;
  return (
    <Button
      className="button button-secondary person-facing-read"
      onPress={() => (voice.speaking ? voice.stop() : voice.speak(text.text))}
    >
      {voice.speaking ? stopLabel.text : label.text}
    </Button>
  );
}

/**
 * The device in the person's hands: full screen, in their language (`lang`, `dir`),
 * large text, one question at a time, read aloud where the browser has a voice, "I
 * don't want to answer" always there, no earlier answer ever shown, the progress, and
 * the quick exit. At the end: a screen asking to hand the device back, without answers.
 */
export function PersonFacing({
  language,
  step,
  onStart,
  onAnswer,
  onStop,
  onContinueAsWorker,
}: {
  readonly language: ScreeningLanguage;
  readonly step: PersonFacingStep;
  readonly onStart: () => void;
  readonly onAnswer: (key: QuestionKey, answer: ScreeningAnswer) => void;
  readonly onStop: () => void;
  readonly onContinueAsWorker: () => void;
}): ReactNode {
  const intl = useIntl();
  const t = useT();
  const queryClient = useQueryClient();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const say = (key: PersonFacingKey, values?: Readonly<Record<string, number>>): ScreeningText =>
    personFacingText(key, language, values);
  const ui = (key: ScreeningUiKey): ScreeningText => screeningUiText(key, language);
  const stepKey = step.kind === 'question' ? step.key : step.kind;

  // A new question: focus its text, so a screen reader reads it and the keyboard starts there.
  useEffect(() => {
    if (stepKey) heading.current?.focus();
  }, [stepKey]);

  let body: ReactNode;
  if (step.kind === 'intro') {
    const intro = ui('intro');
    body = (
      <>
        <h2 ref={heading} id={headingId} tabIndex={-1} className="person-facing-question">
          <Say text={intro} around={language} />
        </h2>
        <ReadAloudButton text={intro} label={say('read_aloud')} stopLabel={say('stop_reading')} />
        <div className="person-facing-answers">
          <Button className="button button-primary person-facing-answer" onPress={onStart}>
            <Say text={say('start')} around={language} />
          </Button>
        </div>
      </>
    );
  } else if (step.kind === 'question') {
    const question = questionText(step.key, language) ?? {
      text: step.key,
      language: 'en' as const,
      direction: 'ltr' as const,
      translated: false,
    };
    const progress = say('progress', { current: step.index + 1, total: step.total });
    body = (
      <>
        <p className="person-facing-progress-text" id={`${headingId}-progress`}>
          <Say text={progress} around={language} />
        </p>
        <progress
          className="person-facing-progress"
          max={step.total}
          value={step.index}
          aria-labelledby={`${headingId}-progress`}
        />
        <h2 ref={heading} id={headingId} tabIndex={-1} className="person-facing-question">
          <Say text={question} around={language} />
        </h2>
        <ReadAloudButton text={question} label={say('read_aloud')} stopLabel={say('stop_reading')} />
        <fieldset className="person-facing-answers" aria-labelledby={headingId}>
          {ANSWER_KEYS.map(([answer, key]) => (
            <Button
              key={answer}
              className="button button-primary person-facing-answer"
              onPress={() => onAnswer(step.key, answer)}
            >
              <Say text={ui(key)} around={language} />
            </Button>
          ))}
          <Button
            className="button button-secondary person-facing-answer"
            onPress={() => onAnswer(step.key, 'declined')}
          >
            <Say text={ui('answer_declined')} around={language} />
          </Button>
        </fieldset>
        <Button className="button button-quiet person-facing-stop" onPress={onStop}>
          <Say text={say('stop')} around={language} />
        </Button>
      </>
    );
  } else {
    body = (
      <>
        <h2 ref={heading} id={headingId} tabIndex={-1} className="person-facing-question">
          <Say text={say('handback_title')} around={language} />
        </h2>
        <Say as="p" text={say('handback_body')} around={language} />
        <div className="person-facing-worker" lang={intl.locale} dir={direction(intl.locale)}>
          <Button className="button button-secondary" onPress={onContinueAsWorker}>
            {t('identification.personFacing.continueAsWorker')}
          </Button>
        </div>
      </>
    );
  }

  return (
    <ModalOverlay className="person-facing-overlay" isOpen isDismissable={false} isKeyboardDismissDisabled>
      <Modal className="person-facing-modal">
        <Dialog className="person-facing" aria-labelledby={headingId}>
          <div className="person-facing-inner" lang={language} dir={direction(language)}>
            <div className="person-facing-bar">
              <Button className="button quick-exit-button" onPress={() => quickExit(queryClient)}>
                <ExitIcon />
                <Say text={say('quick_exit')} around={language} />
              </Button>
            </div>
            <div className="person-facing-body">{body}</div>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
