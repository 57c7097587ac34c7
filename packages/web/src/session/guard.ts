import type { TSession } from '../api/types';

/** Routes that exist outside the signed-in application. */
export const LOGIN_PATH = '/login';
export const PASSWORD_PATH = '/account/password';
export const MFA_ENROL_PATH = '/mfa/enrol';
export const MFA_VERIFY_PATH = '/mfa';
export const HOME_PATH = '/';

const SIGN_IN_STEPS: ReadonlySet<string> = new Set([LOGIN_PATH, MFA_ENROL_PATH, MFA_VERIFY_PATH]);

function normalise(pathname: string): string {
  const trimmed = pathname.replace(/\/+$/, '');
  return trimmed.length === 0 ? '/' : trimmed;
}

/**
 * Where the route guard sends the browser for a session and the path asked for, or null
 * to stay. Each unfinished sign-in stage has exactly one page; everything else waits.
 */
export function guardRedirect(session: TSession, pathname: string): string | null {
  const path = normalise(pathname);
  if (!session.authenticated) return path === LOGIN_PATH ? null : LOGIN_PATH;
  switch (session.stage) {
    case 'password_change_required':
      return path === PASSWORD_PATH ? null : PASSWORD_PATH;
    case 'mfa_enrolment_required':
      return path === MFA_ENROL_PATH ? null : MFA_ENROL_PATH;
    case 'mfa_required':
      return path === MFA_VERIFY_PATH ? null : MFA_VERIFY_PATH;
    case 'ready':
      return SIGN_IN_STEPS.has(path) ? HOME_PATH : null;
    default: {
      const unreachable: never = session.stage;
      throw new Error(`Unknown session stage ${String(unreachable)}`);
    }
  }
}

/** A path inside the app worth returning to after sign-in (never a sign-in step). */
export function isReturnPath(pathname: unknown): pathname is string {
  return (
    typeof pathname === 'string' &&
    pathname.startsWith('/') &&
    !pathname.startsWith('//') &&
    !SIGN_IN_STEPS.has(normalise(pathname)) &&
    normalise(pathname) !== PASSWORD_PATH
  );
}
