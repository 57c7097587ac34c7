import type { ReactNode } from 'react';
import { FieldError, Label, Text, TextArea, TextField } from 'react-aria-components';
import { FormattedMessage } from 'react-intl';
import { AttentionIcon } from '../ui/icons';

/** Free text about the person (the account, a note, a reason): several lines, any direction. */
export function LongTextInput(props: {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly description?: string;
  readonly maxLength: number;
  readonly rows?: number;
}): ReactNode {
  return (
    <TextField
      id={props.id}
      name={props.name}
      value={props.value}
      onChange={props.onChange}
      isInvalid={props.error !== undefined}
      isRequired
      maxLength={props.maxLength}
      validationBehavior="aria"
      className="field case-file-wide"
    >
      <Label className="field-label">{props.label}</Label>
      {props.description ? (
        <Text slot="description" className="field-hint">
          {props.description}
        </Text>
      ) : null}
      <FieldError className="field-error">
        <AttentionIcon />
        <span className="visually-hidden">
          <FormattedMessage id="form.errorPrefix" />{' '}
        </span>
        {props.error}
      </FieldError>
      <TextArea className="input case-file-textarea" rows={props.rows ?? 6} dir="auto" spellCheck />
    </TextField>
  );
}
