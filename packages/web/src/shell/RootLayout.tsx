import { useQueryClient } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense, useEffect } from 'react';
import { RouterProvider as AriaRouterProvider, Button } from 'react-aria-components';
import { FormattedMessage } from 'react-intl';
import { Navigate, Outlet, useHref, useLocation, useNavigate } from 'react-router';
import { onProblem } from '../api/client';
import { useQuickExit } from '../quick-exit/use-quick-exit';
import { guardRedirect, isReturnPath, LOGIN_PATH } from '../session/guard';
import { setSignOutNotice } from '../session/notice';
import { endLocalSession, SESSION_QUERY_KEY, useSession } from '../session/session-query';
import { Loading, ProblemNotice } from '../ui/Alerts';
import { DemoBanner } from './DemoBanner';
import { Header } from './Header';
import { MainNav } from './MainNav';
import { QuickExitBar } from './QuickExitButton';

// Only signed-in pages need it; the sign-in page loads without the dialog code.
const IdleTimeout = lazy(() => import('../session/IdleTimeout').then((m) => ({ default: m.IdleTimeout })));

// Endpoints whose 401 answers are about the sign-in itself, not an ended session.
const SIGN_IN_ENDPOINTS = [
  '/api/auth/login',
  '/api/auth/session',
  '/api/auth/mfa/verify',
  '/api/auth/logout',
];

type ReturnState = { readonly from?: unknown } | null;

/**
 * The frame of every page: skip link, quick exit, header, demo banner, navigation and
 * main landmark. It also runs the route guard, which sends the browser to the one page
 * the session's stage allows.
 */
export function RootLayout(): ReactNode {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const exit = useQuickExit();
  const { data: session, error, refetch, isPending } = useSession();

  useEffect(
    () =>
      onProblem((problem, path) => {
        if (SIGN_IN_ENDPOINTS.some((endpoint) => path.startsWith(endpoint))) return;
        if (problem.type === 'session-expired' || problem.type === 'unauthenticated') {
          endLocalSession(queryClient);
          setSignOutNotice('session-expired');
        } else if (problem.type === 'mfa-required') {
          void queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
        }
      }),
    [queryClient],
  );

  const redirect = session ? guardRedirect(session, location.pathname) : null;
  if (redirect) {
    const state = location.state as ReturnState;
    // Remember where a signed-out visitor was going, in history state (never in the URL).
    if (redirect === LOGIN_PATH && isReturnPath(location.pathname)) {
      return <Navigate to={LOGIN_PATH} replace state={{ from: location.pathname }} />;
    }
    if (redirect === '/' && isReturnPath(state?.from)) return <Navigate to={state.from} replace />;
    return <Navigate to={redirect} replace state={state} />;
  }

  const ready = session?.authenticated === true && session.stage === 'ready';
  let content: ReactNode;
  if (isPending) content = <Loading />;
  else if (error || !session)
    content = (
      <div className="page">
        <h1>
          <FormattedMessage id="app.unavailable.title" />
        </h1>
        <ProblemNotice error={error} />
        <Button className="button button-primary" onPress={() => void refetch()}>
          <FormattedMessage id="common.tryAgain" />
        </Button>
      </div>
    );
  else
    content = (
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    );

  return (
    <AriaRouterProvider navigate={(to, options) => void navigate(to, options)} useHref={useHref}>
      <a className="skip-link" href="#main">
        <FormattedMessage id="app.skipToContent" />
      </a>
      <QuickExitBar onExit={exit} />
      <Header session={session} />
      {session?.demoMode ? <DemoBanner session={session} /> : null}
      {ready ? <MainNav /> : null}
      <main id="main" className="main" tabIndex={-1}>
        {content}
      </main>
      {session?.authenticated ? (
        <Suspense fallback={null}>
          <IdleTimeout session={session} />
        </Suspense>
      ) : null}
    </AriaRouterProvider>
  );
}
