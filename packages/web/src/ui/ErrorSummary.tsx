import { type ReactNode, useEffect, useRef } from 'react';
import { FormattedMessage } from 'react-intl';
import { focusField } from './focus';
import { AttentionIcon } from './icons';

export type SummaryItem = {
  /** The id of the field the message is about; without it the item is plain text. */
  readonly fieldId?: string;
  readonly message: string;
};

/**
 * GOV.UK error summary: at the top of the form, focused when it appears, one link per
 * problem that moves focus to the field. The same messages are repeated by each field.
 */
export function ErrorSummary({ items }: { readonly items: readonly SummaryItem[] }): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length > 0) ref.current?.focus();
  }, [items]);
  if (items.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title" className="error-summary-title">
        <AttentionIcon />
        <FormattedMessage id="form.errorSummary.title" />
      </h2>
      <ul className="error-summary-list">
        {items.map((item) => (
          <li key={`${item.fieldId ?? ''}:${item.message}`}>
            {item.fieldId ? (
              <a
                href={`#${item.fieldId}`}
                onClick={(event) => {
                  if (item.fieldId && focusField(item.fieldId)) event.preventDefault();
                }}
              >
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
