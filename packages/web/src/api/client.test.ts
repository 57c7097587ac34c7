import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, onProblem, setCsrfToken } from './client';
import { ApiProblem } from './problem';

type Call = { url: string; init: RequestInit };

describe('API client', () => {
  let calls: Call[];
  let answer: () => Response;

  beforeEach(() => {
    calls = [];
    answer = () => new Response(JSON.stringify({ ok: true }), { status: 200 });
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return Promise.resolve(answer());
    });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });

  it('sends the CSRF token on state-changing requests only', async () => {
    setCsrfToken('csrf-123');
    await api.get('/api/cases', { page: 2, stage: undefined, q: '' });
    await api.post('/api/auth/logout');
    await api.put('/api/me/locale', { locale: 'ar' });
    const headers = calls.map((call) => (call.init.headers as Record<string, string>)['x-csrf-token']);
    expect(headers).toEqual([undefined, 'csrf-123', 'csrf-123']);
    expect(calls[0]?.url).toBe('/api/cases?page=2');
    expect(calls[2]?.init.body).toBe('{"locale":"ar"}');
    const logoutHeaders = calls[1]?.init.headers as Record<string, string> | undefined;
    expect(logoutHeaders?.['content-type']).toBeUndefined();
  });

  it('turns a problem answer into an ApiProblem and tells the listeners', async () => {
    answer = () =>
      new Response(
        JSON.stringify({ type: 'https://opennrm.org/problems/session-expired', title: 'Ended', status: 401 }),
        { status: 401, headers: { 'content-type': 'application/problem+json' } },
      );
    const seen: string[] = [];
    const stop = onProblem((problem, path) => seen.push(`${problem.type} ${path}`));
    const failure = await api.get('/api/cases').catch((error: unknown) => error);
    stop();
    expect(failure).toBeInstanceOf(ApiProblem);
    expect((failure as ApiProblem).type).toBe('session-expired');
    expect(seen).toEqual(['session-expired /api/cases']);
  });

  it('reports an unreachable server as a network problem', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const failure = await api.get('/api/health').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiProblem);
    expect((failure as ApiProblem).type).toBe('network');
    expect((failure as ApiProblem).status).toBe(0);
  });

  it('answers undefined for 204 No Content', async () => {
    answer = () => new Response(null, { status: 204 });
    await expect(api.post('/api/auth/logout')).resolves.toBeUndefined();
  });
});
