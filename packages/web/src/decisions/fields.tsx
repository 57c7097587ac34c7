import type { ReactNode } from 'react';
import { FieldError, Label, Radio, RadioGroup, Text, TextArea, TextField } from 'react-aria-components';
import { FormattedMessage } from 'react-intl';
import type { Option } from '../ui/fields';
import { AttentionIcon } from '../ui/icons';

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

/** Free text about a person (reasons, grounds, findings): several lines, spell-checked. */
export function TextAreaInput(props: {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly description?: string;
  readonly isRequired?: boolean;
  readonly maxLength?: number;
}): ReactNode {
  return (
    <TextField
      id={props.id}
      name={props.name}
      value={props.value}
      onChange={props.onChange}
      isInvalid={props.error !== undefined}
      isRequired={props.isRequired}
      maxLength={props.maxLength ?? 20_000}
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
      <TextArea className="input textarea" rows={6} dir="auto" />
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
  readonly isRequired?: boolean;
}): ReactNode {
  return (
    <RadioGroup
      id={props.id}
      name={props.name}
      value={props.value}
      onChange={(value) => props.onChange(value as K)}
      isInvalid={props.error !== undefined}
      isRequired={props.isRequired}
      validationBehavior="aria"
      className="field field-wide radio-group"
    >
      <Label className="field-label">{props.label}</Label>
      {props.description ? (
        <Text slot="description" className="field-hint">
          {props.description}
        </Text>
      ) : null}
      <ErrorText error={props.error} />
      <div className="radio-list">
        {props.options.map((option) => (
          <Radio key={option.id} value={option.id} className="radio">
            <span className="radio-circle" aria-hidden="true" />
            <span>{option.label}</span>
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
