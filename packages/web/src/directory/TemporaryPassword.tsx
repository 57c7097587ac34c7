import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { Notice } from '../ui/Alerts';

/** A temporary password, shown once: the server keeps only its hash. */
export function TemporaryPassword({
  password,
  name,
}: {
  readonly password: string;
  readonly name: string;
}): ReactNode {
  const t = useT();
  return (
    <div className="temporary-password">
      <p>{t('users.temporaryPassword.intro', { name })}</p>
      <p className="temporary-password-value">
        <span className="visually-hidden">{t('users.temporaryPassword.label')} </span>
        <code dir="ltr">{password}</code>
      </p>
      <Notice tone="attention" live="off">
        <p>{t('users.temporaryPassword.once')}</p>
      </Notice>
    </div>
  );
}
