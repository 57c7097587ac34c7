import { describe, expect, it } from 'vitest';
import type { AuthenticatedSession, SessionStage, TSession } from '../api/types';
import { guardRedirect, isReturnPath } from './guard';

const anonymous: TSession = { authenticated: false, demoMode: false };

function signedIn(stage: SessionStage): AuthenticatedSession {
  return {
    authenticated: true,
    demoMode: false,
    stage,
    csrfToken: 'token',
    idleTimeoutSeconds: 900,
    absoluteExpiresAt: '2030-01-01T00:00:00.000Z',
    user: {
      id: '00000000-0000-4000-8000-000000000001',
      email: 'worker@example.org',
      displayName: 'Case Worker',
      roles: ['case_worker'],
      locale: 'en',
      mfaEnrolled: stage !== 'mfa_enrolment_required',
      demo: false,
      organisation: {
        id: '00000000-0000-4000-8000-000000000002',
        name: 'NGO',
        kind: 'ngo',
        country: 'MD',
        region: 'north',
      },
    },
  };
}

describe('route guard', () => {
  it.each(['/', '/cases', '/cases/123', '/account', '/mfa', '/account/password'])(
    'sends a signed-out visitor from %s to the sign-in page',
    (path) => {
      expect(guardRedirect(anonymous, path)).toBe('/login');
    },
  );

  it('lets a signed-out visitor stay on the sign-in page', () => {
    expect(guardRedirect(anonymous, '/login')).toBeNull();
    expect(guardRedirect(anonymous, '/login/')).toBeNull();
  });

  it.each([
    ['password_change_required', '/account/password'],
    ['mfa_enrolment_required', '/mfa/enrol'],
    ['mfa_required', '/mfa'],
  ] as const)('keeps a %s session on %s whatever is asked for', (stage, page) => {
    const session = signedIn(stage);
    for (const path of [
      '/',
      '/login',
      '/cases',
      '/audit',
      '/mfa',
      '/mfa/enrol',
      '/account/password',
      '/nowhere',
    ]) {
      expect(guardRedirect(session, path)).toBe(path === page ? null : page);
    }
  });

  it('sends a ready session away from the sign-in steps to the home page', () => {
    const session = signedIn('ready');
    expect(guardRedirect(session, '/login')).toBe('/');
    expect(guardRedirect(session, '/mfa')).toBe('/');
    expect(guardRedirect(session, '/mfa/enrol')).toBe('/');
  });

  it('lets a ready session open the app, including a voluntary password change', () => {
    const session = signedIn('ready');
    for (const path of [
      '/',
      '/cases',
      '/cases/abc',
      '/organisations',
      '/account',
      '/account/password',
      '/nowhere',
    ]) {
      expect(guardRedirect(session, path)).toBeNull();
    }
  });

  it('returns after sign-in only to pages inside the app', () => {
    expect(isReturnPath('/cases/abc')).toBe(true);
    expect(isReturnPath('/login')).toBe(false);
    expect(isReturnPath('/mfa')).toBe(false);
    expect(isReturnPath('//evil.example/path')).toBe(false);
    expect(isReturnPath('https://evil.example/')).toBe(false);
    expect(isReturnPath(undefined)).toBe(false);
  });
});
