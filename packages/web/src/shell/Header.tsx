import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import type { TSession } from '../api/types';
import { OfflineStatus } from '../offline/OfflineStatus';
import { useSignOut } from '../session/sign-out';
import { LanguageMenu } from './LanguageMenu';

export function Header({ session }: { readonly session: TSession | undefined }): ReactNode {
  const signOut = useSignOut();
  const ready = session?.authenticated === true && session.stage === 'ready';
  return (
    <header className="site-header">
      <div className="site-header-inner">
        {ready ? (
          <Link to="/" className="product-name">
            <FormattedMessage id="app.name" />
          </Link>
        ) : (
          <span className="product-name">
            <FormattedMessage id="app.name" />
          </span>
        )}
        <div className="header-tools">
          <OfflineStatus session={session} />
          {session?.authenticated ? (
            <p className="header-user">
              <bdi className="header-user-name">{session.user.displayName}</bdi>
              <bdi className="header-user-org">{session.user.organisation.name}</bdi>
            </p>
          ) : null}
          <LanguageMenu />
          {session?.authenticated ? (
            <Button className="button button-quiet header-button" onPress={() => void signOut('this')}>
              <FormattedMessage id="auth.signOut" />
            </Button>
          ) : null}
        </div>
      </div>
    </header>
  );
}
