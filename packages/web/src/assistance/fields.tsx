import type { ReactNode } from 'react';
import {
  FieldError,
  Input,
  Label,
  Radio,
  RadioGroup,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import { FormattedMessage } from 'react-intl';
import { isApiProblem } from '../api/problem';
import { Notice, ProblemNotice } from '../ui/Alerts';
import type { Option } from '../ui/fields';
import { AttentionIcon } from '../ui/icons';
import { useAssistanceWords } from './words';
import './assistance.css';

/** The field's error message, with an icon so it does not rest on colour (as ui/fields.tsx). */
function ErrorText({ error }: { readonly error: string | undefined }): ReactNode {
  return (
    <FieldError className="field-error">
      <AttentionIcon />
      <span className="visually-hidden">
        <FormattedMessage id="form.errorPrefix" />{' '}
      </span>
      {error}
    </FieldError>
  );
}

/**
 * One choice among a few, all visible at once (GOV.UK radios), laid out in a row when
 * `inline`. Arrow keys move between the options, Tab leaves the group.
 */
export function ChoiceGroup<K extends string>(props: {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly options: readonly Option<K>[];
  readonly value: K | null;
  readonly onChange: (value: K) => void;
  readonly error?: string | undefined;
  readonly description?: string;
  readonly inline?: boolean;
  readonly isRequired?: boolean;
  readonly isDisabled?: boolean;
}): ReactNode {
  return (
    <RadioGroup
      id={props.id}
      name={props.name}
      value={props.value}
      onChange={(value) => props.onChange(value as K)}
      isInvalid={props.error !== undefined}
      isRequired={props.isRequired}
      isDisabled={props.isDisabled}
      orientation={props.inline ? 'horizontal' : 'vertical'}
      validationBehavior="aria"
      className="field field-wide assistance-choice"
    >
      <Label className="field-label">{props.label}</Label>
      {props.description ? (
        <Text slot="description" className="field-hint">
          {props.description}
        </Text>
      ) : null}
      <ErrorText error={props.error} />
      <div className={props.inline ? 'assistance-choice-row' : 'assistance-choice-list'}>
        {props.options.map((option) => (
          <Radio key={option.id} value={option.id} className="assistance-radio">
            <span className="assistance-radio-circle" aria-hidden="true" />
            <span>{option.label}</span>
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}

/** Free text about the person: several lines, in whatever direction it is written. */
export function LongText(props: {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly description?: string;
  readonly rows?: number;
  readonly maxLength?: number;
  readonly isRequired?: boolean;
}): ReactNode {
  return (
    <TextField
      id={props.id}
      name={props.name}
      value={props.value}
      onChange={props.onChange}
      isInvalid={props.error !== undefined}
      isRequired={props.isRequired}
      maxLength={props.maxLength ?? 10_000}
      validationBehavior="aria"
      className="field field-wide"
    >
      <Label className="field-label">{props.label}</Label>
      {props.description ? (
        <Text slot="description" className="field-hint">
          {props.description}
        </Text>
      ) : null}
      <ErrorText error={props.error} />
      <TextArea className="input assistance-textarea" rows={props.rows ?? 4} dir="auto" />
    </TextField>
  );
}

/** A calendar date with the browser's own date control (keyboard and screen-reader friendly). */
export function DateInput(props: {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly description?: string;
  readonly isRequired?: boolean;
}): ReactNode {
  return (
    <TextField
      id={props.id}
      name={props.name}
      value={props.value}
      onChange={props.onChange}
      isInvalid={props.error !== undefined}
      isRequired={props.isRequired}
      validationBehavior="aria"
      className="field assistance-date"
    >
      <Label className="field-label">{props.label}</Label>
      {props.description ? (
        <Text slot="description" className="field-hint">
          {props.description}
        </Text>
      ) : null}
      <ErrorText error={props.error} />
      <Input className="input" type="date" />
    </TextField>
  );
}

/**
 * Field errors from a 400 the server answered: `body.actions.2.dueOn` becomes the key
 * `actions.2.dueOn`, its rule code put in words.
 */
export function useServerFieldErrors(): (error: unknown) => Record<string, string> {
  const words = useAssistanceWords();
  return (error) => {
    if (!isApiProblem(error)) return {};
    const out: Record<string, string> = {};
    for (const entry of error.errors) {
      const path = entry.path.replace(/^body\./, '');
      out[path] = words.fieldProblem(entry.message) ?? entry.message;
    }
    return out;
  };
}

/** A failed change: a refusal the module can explain in the reader's words, else the general notice. */
export function AssistanceProblem({ error }: { readonly error: unknown }): ReactNode {
  const words = useAssistanceWords();
  if (!error) return null;
  const text = words.refusal(error);
  if (text) {
    return (
      <Notice tone="attention" live="assertive">
        <p>{text}</p>
      </Notice>
    );
  }
  return <ProblemNotice error={error} />;
}
