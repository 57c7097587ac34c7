import type { ReactNode } from 'react';
import { FieldError, Label, Radio, RadioGroup, Text, TextArea, TextField } from 'react-aria-components';
import { FormattedMessage } from 'react-intl';
import type { Option } from '../ui/fields';
import { AttentionIcon } from '../ui/icons';
import './identification.css';

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

/** One choice among a few, all visible (GOV.UK radios). */
export function ChoiceField<K extends string>(props: {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly options: readonly (Option<K> & { readonly hint?: string })[];
  readonly value: K | null;
  readonly onChange: (value: K) => void;
  readonly error?: string | undefined;
  readonly description?: string;
}): ReactNode {
  return (
    <RadioGroup
      id={props.id}
      name={props.name}
      value={props.value}
      onChange={(value) => props.onChange(value as K)}
      isInvalid={props.error !== undefined}
      validationBehavior="aria"
      className="field screening-field-wide screening-choice"
    >
      <Label className="field-label">{props.label}</Label>
      {props.description ? (
        <Text slot="description" className="field-hint">
          {props.description}
        </Text>
      ) : null}
      <ErrorText error={props.error} />
      <div className="screening-choice-list">
        {props.options.map((option) => (
          <Radio key={option.id} value={option.id} className="screening-answer" lang={option.lang}>
            <span className="screening-answer-circle" aria-hidden="true" />
            <span>
              {option.label}
              {option.hint ? <span className="field-hint screening-choice-hint">{option.hint}</span> : null}
            </span>
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}

/** Free text about what the screener saw or heard: several lines, spell-checked. */
export function ReasonField(props: {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly description?: string;
}): ReactNode {
  return (
    <TextField
      id={props.id}
      name={props.name}
      value={props.value}
      onChange={props.onChange}
      isInvalid={props.error !== undefined}
      isRequired
      maxLength={4000}
      validationBehavior="aria"
      className="field screening-field-wide"
    >
      <Label className="field-label">{props.label}</Label>
      {props.description ? (
        <Text slot="description" className="field-hint">
          {props.description}
        </Text>
      ) : null}
      <ErrorText error={props.error} />
      <TextArea className="input screening-textarea" rows={5} />
    </TextField>
  );
}
