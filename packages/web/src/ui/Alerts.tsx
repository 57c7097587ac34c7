import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { AttentionIcon, CheckIcon, InfoIcon } from './icons';
import { useProblemText } from './problem-text';

type Tone = 'info' | 'success' | 'attention';

const ICONS: Readonly<Record<Tone, (props: { className?: string }) => ReactNode>> = {
  info: InfoIcon,
  success: CheckIcon,
  attention: AttentionIcon,
};

/**
 * A message box. `attention` is for problems: dark amber with an icon and words, never
 * alarm red (trauma-informed palette). `live` announces it to screen readers.
 */
export function Notice({
  tone = 'info',
  live = 'polite',
  title,
  children,
}: {
  readonly tone?: Tone;
  readonly live?: 'polite' | 'assertive' | 'off';
  readonly title?: ReactNode;
  readonly children?: ReactNode;
}): ReactNode {
  const Icon = ICONS[tone];
  const role = live === 'assertive' ? 'alert' : live === 'polite' ? 'status' : undefined;
  return (
    <div className={`notice notice-${tone}`} role={role}>
      <Icon className="notice-icon" />
      <div className="notice-body">
        {title ? <p className="notice-title">{title}</p> : null}
        {children}
      </div>
    </div>
  );
}

/** Shows a failed request in the reader's language, or nothing when there is no error. */
export function ProblemNotice({
  error,
  live = 'assertive',
}: {
  readonly error: unknown;
  readonly live?: 'polite' | 'assertive';
}): ReactNode {
  const problemText = useProblemText();
  if (!error) return null;
  const text = problemText(error);
  return (
    <Notice tone="attention" live={live}>
      <p>{text.message}</p>
      {text.detail ? <p>{text.detail}</p> : null}
      {text.reference ? (
        <p className="muted">
          <FormattedMessage id="problem.reference" values={{ reference: text.reference }} />
        </p>
      ) : null}
    </Notice>
  );
}

/** A polite "loading" line for screen readers and sighted users alike. */
export function Loading(): ReactNode {
  return (
    <p className="loading" role="status">
      <FormattedMessage id="common.loading" />
    </p>
  );
}
