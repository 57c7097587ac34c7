import type { ReactNode } from 'react';
import {
  Checkbox,
  CheckboxGroup,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Button as RacButton,
  Select,
  SelectValue,
  Text,
  TextField,
} from 'react-aria-components';
import { FormattedMessage } from 'react-intl';
import { AttentionIcon, ChevronIcon } from './icons';

/** The tick shown in the selected option of a list: visual only, hidden from assistive tech (the option is already announced as selected). */
export function SelectedTick(): ReactNode {
  return (
    <span className="listbox-tick" aria-hidden="true">
      ✓
    </span>
  );
}

/** The field's error message, with an icon so it does not rest on colour. */
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

type TextInputProps = {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string;
  readonly description?: string;
  readonly type?: 'text' | 'email' | 'password' | 'search' | 'tel';
  readonly autoComplete?: string;
  readonly inputMode?: 'text' | 'numeric' | 'email' | 'tel' | 'search';
  readonly isRequired?: boolean;
  readonly autoFocus?: boolean;
  /** For codes, e-mail addresses and passwords, which read left to right in every language. */
  readonly ltr?: boolean;
  readonly maxLength?: number;
  readonly spellCheck?: boolean;
};

export function TextInput(props: TextInputProps): ReactNode {
  return (
    <TextField
      id={props.id}
      name={props.name}
      value={props.value}
      onChange={props.onChange}
      isInvalid={props.error !== undefined}
      isRequired={props.isRequired}
      type={props.type ?? 'text'}
      autoComplete={props.autoComplete}
      inputMode={props.inputMode}
      autoFocus={props.autoFocus}
      maxLength={props.maxLength}
      validationBehavior="aria"
      className="field"
    >
      <Label className="field-label">{props.label}</Label>
      {props.description ? (
        <Text slot="description" className="field-hint">
          {props.description}
        </Text>
      ) : null}
      <ErrorText error={props.error} />
      <Input
        className={`input${props.ltr ? ' input-ltr' : ''}`}
        dir={props.ltr ? 'ltr' : undefined}
        spellCheck={props.spellCheck ?? false}
      />
    </TextField>
  );
}

export type Option<K extends string> = { readonly id: K; readonly label: string; readonly lang?: string };

type SelectInputProps<K extends string> = {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly options: readonly Option<K>[];
  readonly value: K | null;
  readonly onChange: (value: K) => void;
  readonly error?: string;
  readonly description?: string;
  readonly isRequired?: boolean;
  readonly placeholder: string;
};

export function SelectInput<K extends string>(props: SelectInputProps<K>): ReactNode {
  return (
    <Select
      id={props.id}
      name={props.name}
      value={props.value}
      onChange={(key) => {
        if (typeof key === 'string') props.onChange(key as K);
      }}
      isInvalid={props.error !== undefined}
      isRequired={props.isRequired}
      validationBehavior="aria"
      placeholder={props.placeholder}
      className="field"
    >
      <Label className="field-label">{props.label}</Label>
      {props.description ? (
        <Text slot="description" className="field-hint">
          {props.description}
        </Text>
      ) : null}
      <ErrorText error={props.error} />
      <RacButton className="select-button">
        <SelectValue className="select-value" />
        <ChevronIcon />
      </RacButton>
      <Popover className="popover">
        <ListBox className="listbox" items={props.options}>
          {(option) => (
            <ListBoxItem id={option.id} className="listbox-item" textValue={option.label} lang={option.lang}>
              {({ isSelected }) => (
                <>
                  {isSelected ? <SelectedTick /> : null}
                  {option.label}
                </>
              )}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}

type CheckboxesProps<K extends string> = {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly options: readonly Option<K>[];
  readonly value: readonly K[];
  readonly onChange: (value: K[]) => void;
  readonly error?: string;
  readonly description?: string;
  readonly isRequired?: boolean;
};

export function Checkboxes<K extends string>(props: CheckboxesProps<K>): ReactNode {
  return (
    <CheckboxGroup
      id={props.id}
      name={props.name}
      value={[...props.value]}
      onChange={(values) => props.onChange(values as K[])}
      isInvalid={props.error !== undefined}
      isRequired={props.isRequired}
      validationBehavior="aria"
      className="field checkbox-group"
    >
      <Label className="field-label">{props.label}</Label>
      {props.description ? (
        <Text slot="description" className="field-hint">
          {props.description}
        </Text>
      ) : null}
      <ErrorText error={props.error} />
      <div className="checkbox-list">
        {props.options.map((option) => (
          <Checkbox key={option.id} value={option.id} className="checkbox">
            <span className="checkbox-box" aria-hidden="true" />
            <span>{option.label}</span>
          </Checkbox>
        ))}
      </div>
    </CheckboxGroup>
  );
}

/** A single yes/no checkbox. */
export function SingleCheckbox({
  label,
  isSelected,
  onChange,
  name,
}: {
  readonly label: string;
  readonly isSelected: boolean;
  readonly onChange: (selected: boolean) => void;
  readonly name: string;
}): ReactNode {
  return (
    <Checkbox name={name} isSelected={isSelected} onChange={onChange} className="checkbox">
      <span className="checkbox-box" aria-hidden="true" />
      <span>{label}</span>
    </Checkbox>
  );
}
