import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import type { TSession } from '../api/types';
import type { MessageId } from '../i18n/catalogues';
import { InfoIcon } from '../ui/icons';

/**
 * Shown whenever the server runs in demo mode. Only seeded demo accounts may skip the
 * second factor there; an account created on the demo server (or by its administrator)
 * follows the usual rules, and the banner must not tell its user otherwise.
 */
export function DemoBanner({ session }: { readonly session: TSession }): ReactNode {
  let message: MessageId = 'demo.banner';
  if (session.authenticated)
    message = session.user.demo ? 'demo.banner.demoAccount' : 'demo.banner.otherAccount';
  return (
    <section className="demo-banner" aria-labelledby="demo-banner-text">
      <InfoIcon />
      <p id="demo-banner-text">
        <FormattedMessage id={message} />
      </p>
    </section>
  );
}
