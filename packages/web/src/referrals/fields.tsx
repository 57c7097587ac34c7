import type { ReactNode } from 'react';
import { FieldError, Label, Radio, RadioGroup, Text, TextArea, TextField } from 'react-aria-components';
import { FormattedMessage } from 'react-intl';
import type { Option } from '../ui/fields';
import { AttentionIcon } from '../ui/icons';
import './referrals.css';

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

/** Several lines of free text (the narrative): spell-checked, resizable. */
export function TextAreaInput(props: {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly description?: string;
  readonly maxLength: number;
}): ReactNode {
  return (
    <TextField
      id={props.id}
      name={props.name}
      value={props.value}
      onChange={props.onChange}
      isInvalid={props.error !== undefined}
      maxLength={props.maxLength}
      validationBehavior="aria"
      className="field referral-wide"
    >
      <Label className="field-label">{props.label}</Label>
      {props.description ? (
        <Text slot="description" className="field-hint">
          {props.description}
        </Text>
      ) : null}
      <ErrorText error={props.error} />
      <TextArea className="input referral-textarea" rows={6} spellCheck />
    </TextField>
  );
}

/** One choice among a few, all visible at once (GOV.UK radios). */
export function RadioInput<K extends string>(props: {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly options: readonly Option<K>[];
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
      className="field referral-wide"
    >
      <Label className="field-label">{props.label}</Label>
      {props.description ? (
        <Text slot="description" className="field-hint">
          {props.description}
        </Text>
      ) : null}
      <ErrorText error={props.error} />
      <div className="referral-radio-list">
        {props.options.map((option) => (
          <Radio key={option.id} value={option.id} className="referral-radio">
            <span className="referral-radio-circle" aria-hidden="true" />
            <span>{option.label}</span>
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
