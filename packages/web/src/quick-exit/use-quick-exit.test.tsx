// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../api/client';
import { DEFAULT_NEUTRAL_URL, neutralUrl } from './quick-exit';
import { useQuickExit } from './use-quick-exit';

const NEUTRAL = 'https://example.org/weather';

describe('quick exit', () => {
  let queryClient: QueryClient;
  let replace: ReturnType<typeof vi.fn>;
  let sendBeacon: ReturnType<typeof vi.fn>;
  let fetchMock: ReturnType<typeof vi.fn>;

  const wrapper = ({ children }: { children: ReactNode }): ReactNode => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const pressEscape = (init: KeyboardEventInit = {}): void => {
    fireEvent.keyDown(document.body, { key: 'Escape', ...init });
  };

  beforeEach(() => {
    document.head.innerHTML = `<meta name="opennrm-quick-exit" content="${NEUTRAL}">`;
    document.body.hidden = false;
    queryClient = new QueryClient();
    queryClient.setQueryData(['case', 'c-1'], { reference: 'NRM-2026-000001' });
    localStorage.setItem('opennrm.locale', 'uk');
    sessionStorage.setItem('opennrm.draft', 'x');
    localStorage.setItem('another-site', 'keep');
    replace = vi.fn();
    sendBeacon = vi.fn(() => true);
    fetchMock = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));
    vi.stubGlobal('location', { replace, reload: vi.fn(), href: 'http://localhost/cases' });
    vi.stubGlobal('fetch', fetchMock);
    Object.defineProperty(navigator, 'sendBeacon', { value: sendBeacon, configurable: true });
    setCsrfToken('csrf-abc');
  });

  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
    localStorage.clear();
    sessionStorage.clear();
    setCsrfToken(null);
  });

  it('leaves when Esc is pressed twice within a second', () => {
    renderHook(() => useQuickExit(), { wrapper });
    pressEscape();
    pressEscape();
    expect(replace).toHaveBeenCalledExactlyOnceWith(NEUTRAL);
  });

  it('does not leave on a single Esc (it still closes dialogs)', () => {
    renderHook(() => useQuickExit(), { wrapper });
    pressEscape();
    expect(replace).not.toHaveBeenCalled();
    expect(queryClient.getQueryData(['case', 'c-1'])).toBeDefined();
  });

  it('does not leave when the two presses are more than a second apart', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(10_000);
    renderHook(() => useQuickExit(), { wrapper });
    pressEscape();
    vi.setSystemTime(11_500);
    pressEscape();
    expect(replace).not.toHaveBeenCalled();
    vi.setSystemTime(12_000);
    pressEscape();
    expect(replace).toHaveBeenCalledOnce();
  });

  it('ignores a held-down key', () => {
    renderHook(() => useQuickExit(), { wrapper });
    pressEscape();
    pressEscape({ repeat: true });
    expect(replace).not.toHaveBeenCalled();
  });

  it('forgets data and storage, ends the session and hides the page', () => {
    const { result } = renderHook(() => useQuickExit(), { wrapper });
    result.current();
    expect(queryClient.getQueryData(['case', 'c-1'])).toBeUndefined();
    expect(localStorage.getItem('opennrm.locale')).toBeNull();
    expect(sessionStorage.getItem('opennrm.draft')).toBeNull();
    expect(localStorage.getItem('another-site')).toBe('keep');
    expect(sendBeacon).toHaveBeenCalledWith('/api/auth/logout');
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/auth/logout');
    expect(init.keepalive).toBe(true);
    expect((init.headers as Record<string, string>)['x-csrf-token']).toBe('csrf-abc');
    expect(document.body.hidden).toBe(true);
    expect(replace).toHaveBeenCalledWith(NEUTRAL);
  });

  it('stops listening when the app unmounts', () => {
    const { unmount } = renderHook(() => useQuickExit(), { wrapper });
    unmount();
    pressEscape();
    pressEscape();
    expect(replace).not.toHaveBeenCalled();
  });

  it('falls back to the default neutral page when none (or no web address) is configured', () => {
    document.head.innerHTML = '';
    expect(neutralUrl()).toBe(DEFAULT_NEUTRAL_URL);
    document.head.innerHTML = '<meta name="opennrm-quick-exit" content="javascript:alert(1)">';
    expect(neutralUrl()).toBe(DEFAULT_NEUTRAL_URL);
  });
});
