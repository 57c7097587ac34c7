import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Button, Dialog, Heading, Modal } from 'react-aria-components';
import { FormattedMessage, FormattedTime } from 'react-intl';
import { useNavigate } from 'react-router';
import { api, onServerContact } from '../api/client';
import type { AuthenticatedSession } from '../api/types';
import { LOGIN_PATH } from './guard';
import { idleState } from './idle-clock';
import { setSignOutNotice } from './notice';
import { applySession, endLocalSession, fetchSession } from './session-query';
import { useSignOut } from './sign-out';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;
const TICK_MS = 5_000;

/**
 * Warns two minutes before the server would end an idle session, offers to stay signed
 * in (a session request restarts the server's clock), and returns to sign-in at the end.
 */
export function IdleTimeout({ session }: { readonly session: AuthenticatedSession }): ReactNode {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const lastServerContact = useRef(Date.now());
  const lastUserActivity = useRef(0);
  const refreshing = useRef(false);
  const [warningUntil, setWarningUntil] = useState<number | null>(null);
  const warningShown = useRef(false);
  warningShown.current = warningUntil !== null;

  const idleTimeoutMs = session.idleTimeoutSeconds * 1000;
  const absoluteExpiresAt = Date.parse(session.absoluteExpiresAt);

  useEffect(() => {
    const stop = onServerContact(() => {
      lastServerContact.current = Date.now();
      setWarningUntil(null);
    });
    const onActivity = (): void => {
      lastUserActivity.current = Date.now();
    };
    for (const name of ACTIVITY_EVENTS)
      window.addEventListener(name, onActivity, { capture: true, passive: true });
    return () => {
      stop();
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, []);

  useEffect(() => {
    const refresh = (): void => {
      if (refreshing.current) return;
      refreshing.current = true;
      fetchSession()
        .then((next) => applySession(queryClient, next))
        .catch(() => undefined)
        .finally(() => {
          refreshing.current = false;
        });
    };
    const tick = (): void => {
      const state = idleState({
        now: Date.now(),
        lastServerContact: lastServerContact.current,
        lastUserActivity: lastUserActivity.current,
        idleTimeoutMs,
        absoluteExpiresAt: Number.isFinite(absoluteExpiresAt) ? absoluteExpiresAt : Number.POSITIVE_INFINITY,
      });
      // Once the warning is up, only the user's explicit choice keeps the session.
      if (state === 'refresh' && !warningShown.current) refresh();
      if (state === 'warn' || (state === 'refresh' && warningShown.current))
        setWarningUntil((current) => current ?? lastServerContact.current + idleTimeoutMs);
      if (state === 'expired') {
        // The server has ended it already; telling it again costs nothing and covers clock drift.
        api.post<void>('/api/auth/logout').catch(() => undefined);
        endLocalSession(queryClient);
        setSignOutNotice('idle');
        void navigate(LOGIN_PATH, { replace: true });
      }
    };
    const timer = window.setInterval(tick, TICK_MS);
    return () => window.clearInterval(timer);
  }, [queryClient, navigate, idleTimeoutMs, absoluteExpiresAt]);

  const staySignedIn = (): void => {
    fetchSession()
      .then((next) => applySession(queryClient, next))
      .catch(() => undefined);
  };

  return (
    <Modal isOpen={warningUntil !== null} isDismissable={false} isKeyboardDismissDisabled className="modal">
      <Dialog role="alertdialog" className="dialog">
        <Heading slot="title" className="dialog-title">
          <FormattedMessage id="idle.title" />
        </Heading>
        <p>
          <FormattedMessage
            id="idle.body"
            values={{
              time: warningUntil === null ? '' : <FormattedTime value={warningUntil} timeStyle="short" />,
            }}
          />
        </p>
        <div className="button-row">
          <Button className="button button-primary" onPress={staySignedIn} autoFocus>
            <FormattedMessage id="idle.stay" />
          </Button>
          <Button className="button button-secondary" onPress={() => void signOut('this')}>
            <FormattedMessage id="idle.signOut" />
          </Button>
        </div>
      </Dialog>
    </Modal>
  );
}
