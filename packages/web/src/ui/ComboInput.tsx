import type { ReactNode } from 'react';
import {
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Button as RacButton,
  Text,
} from 'react-aria-components';
import { FormattedMessage } from 'react-intl';
import { type Option, SelectedTick } from './fields';
import { AttentionIcon, ChevronIcon } from './icons';

type Props<K extends string> = {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly options: readonly Option<K>[];
  readonly value: K | null;
  readonly onChange: (value: K | null) => void;
  readonly error?: string;
  readonly description?: string;
  readonly isRequired?: boolean;
};

/** A searchable choice from a long list (e.g. countries), typed or picked. */
export function ComboInput<K extends string>(props: Props<K>): ReactNode {
  return (
    <ComboBox
      id={props.id}
      name={props.name}
      defaultItems={props.options}
      value={props.value}
      onChange={(key) => props.onChange(typeof key === 'string' ? (key as K) : null)}
      isInvalid={props.error !== undefined}
      isRequired={props.isRequired}
      validationBehavior="aria"
      menuTrigger="focus"
      className="field"
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
      <div className="combo">
        <Input className="input" />
        <RacButton className="combo-button">
          <ChevronIcon />
        </RacButton>
      </div>
      <Popover className="popover">
        <ListBox className="listbox">
          {(option: Option<K>) => (
            <ListBoxItem id={option.id} className="listbox-item" textValue={option.label}>
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
    </ComboBox>
  );
}
