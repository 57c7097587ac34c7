import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';

/** Recovery codes are read left to right in every language, one per line. */
export function RecoveryCodes({ codes }: { readonly codes: readonly string[] }): ReactNode {
  const intl = useIntl();
  return (
    <ol
      className="recovery-codes"
      dir="ltr"
      aria-label={intl.formatMessage({ id: 'auth.recovery.listLabel' })}
    >
      {codes.map((code) => (
        <li key={code}>
          <code>{code}</code>
        </li>
      ))}
    </ol>
  );
}
