import { describe, expect, it } from 'vitest';
import { ApiProblem, isApiProblem, problemFromBody, problemFromResponse, shortProblemType } from './problem';

function problemResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
}

describe('problem details', () => {
  it('reads an RFC 9457 problem into a typed error', async () => {
    const problem = await problemFromResponse(
      problemResponse(423, {
        type: 'https://opennrm.org/problems/account-locked',
        title: 'This account is locked.',
        status: 423,
        detail: 'Too many attempts.',
        requestId: 'req-1',
        retryAfterSeconds: 540,
      }),
    );
    expect(problem).toBeInstanceOf(ApiProblem);
    expect(isApiProblem(problem)).toBe(true);
    expect(problem.status).toBe(423);
    expect(problem.type).toBe('account-locked');
    expect(problem.title).toBe('This account is locked.');
    expect(problem.detail).toBe('Too many attempts.');
    expect(problem.requestId).toBe('req-1');
    expect(problem.retryAfterSeconds).toBe(540);
  });

  it('keeps field errors, naming nested paths with dots', async () => {
    const problem = await problemFromResponse(
      problemResponse(400, {
        type: 'https://opennrm.org/problems/validation',
        title: 'Some of the information is not valid.',
        status: 400,
        errors: [
          { path: 'body.email', message: 'Invalid email' },
          { path: ['body', 'roles', 0], message: 'Invalid role' },
          { message: 'no path, dropped' },
        ],
      }),
    );
    expect(problem.errors).toEqual([
      { path: 'body.email', message: 'Invalid email' },
      { path: 'body.roles.0', message: 'Invalid role' },
    ]);
  });

  it('takes the retry delay from the Retry-After header when the body has none', async () => {
    const problem = await problemFromResponse(
      problemResponse(
        429,
        { type: 'https://opennrm.org/problems/rate-limited', title: 'Slow down' },
        { 'retry-after': '90' },
      ),
    );
    expect(problem.type).toBe('rate-limited');
    expect(problem.retryAfterSeconds).toBe(90);
  });

  it('falls back to a type by status when the body is not a problem document', async () => {
    const html = await problemFromResponse(new Response('<html>Bad gateway</html>', { status: 502 }));
    expect(html.type).toBe('internal');
    expect(html.title).toBe('HTTP 502');
    const fastify = await problemFromResponse(
      new Response(
        JSON.stringify({ statusCode: 429, error: 'Too Many Requests', message: 'Rate limit exceeded' }),
        {
          status: 429,
        },
      ),
    );
    expect(fastify.type).toBe('rate-limited');
    expect(fastify.title).toBe('Rate limit exceeded');
  });

  it('ignores types outside the OpenNRM problem namespace', () => {
    expect(shortProblemType('https://example.org/problems/forbidden', 403)).toBe('forbidden');
    expect(shortProblemType('https://opennrm.org/problems/../../x', 404)).toBe('not-found');
    expect(shortProblemType('about:blank', 418)).toBe('unexpected-response');
  });

  it('ignores a retry delay that is not a number', () => {
    expect(problemFromBody(429, { retryAfterSeconds: 'soon' }).retryAfterSeconds).toBeUndefined();
  });
});
