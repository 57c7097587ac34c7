/**
 * RFC 9457 problem details as the web app sees them. The server sends
 * `application/problem+json` with a `type` URL under PROBLEM_TYPE_BASE; we keep the last
 * path segment (e.g. `invalid-credentials`) so messages can be looked up by it.
 */
export const PROBLEM_TYPE_BASE = 'https://opennrm.org/problems/';

export type FieldProblem = { readonly path: string; readonly message: string };

/** Types raised by the client itself, never by the server. */
export type ClientProblemType = 'network' | 'unexpected-response';

export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';

  constructor(
    /** HTTP status; 0 when no answer came back. */
    readonly status: number,
    /** Short type, e.g. `account-locked`. */
    readonly type: string,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: readonly FieldProblem[],
    readonly requestId: string | undefined,
    /** Extension members such as `retryAfterSeconds`. */
    readonly extensions: Readonly<Record<string, unknown>>,
  ) {
    super(title);
  }

  /** Seconds until the action may be retried, from the body or the Retry-After header. */
  get retryAfterSeconds(): number | undefined {
    const value = this.extensions.retryAfterSeconds;
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
  }
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}

/** Types used when a response carries no usable `type` (e.g. a proxy error page). */
const TYPE_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'validation',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  423: 'account-locked',
  429: 'rate-limited',
};

export function shortProblemType(type: unknown, status: number): string {
  if (typeof type === 'string' && type.startsWith(PROBLEM_TYPE_BASE)) {
    const slug = type.slice(PROBLEM_TYPE_BASE.length).replace(/\/+$/, '');
    if (/^[a-z0-9-]+$/.test(slug)) return slug;
  }
  return TYPE_BY_STATUS[status] ?? (status >= 500 ? 'internal' : 'unexpected-response');
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function asFieldProblems(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { path, message } = entry as { path?: unknown; message?: unknown };
    const pathText = Array.isArray(path) ? path.join('.') : asString(path);
    return pathText === undefined ? [] : [{ path: pathText, message: asString(message) ?? '' }];
  });
}

const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'requestId', 'errors']);

/** Builds a problem from any parsed body, tolerating bodies that are not problem details. */
export function problemFromBody(status: number, body: unknown, retryAfterHeader?: string | null): ApiProblem {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const extensions: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (!STANDARD_MEMBERS.has(key)) extensions[key] = value;
  }
  const headerSeconds = retryAfterHeader ? Number.parseInt(retryAfterHeader, 10) : Number.NaN;
  if (extensions.retryAfterSeconds === undefined && Number.isFinite(headerSeconds)) {
    extensions.retryAfterSeconds = headerSeconds;
  }
  return new ApiProblem(
    status,
    shortProblemType(record.type, status),
    asString(record.title) ?? asString(record.message) ?? `HTTP ${status}`,
    asString(record.detail),
    asFieldProblems(record.errors),
    asString(record.requestId),
    extensions,
  );
}

/** Reads a failed response into an ApiProblem; never throws. */
export async function problemFromResponse(response: Response): Promise<ApiProblem> {
  let body: unknown = null;
  try {
    const text = await response.text();
    body = text.length > 0 ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  return problemFromBody(response.status, body, response.headers.get('retry-after'));
}

export function clientProblem(type: ClientProblemType, title: string): ApiProblem {
  return new ApiProblem(0, type, title, undefined, [], undefined, {});
}
