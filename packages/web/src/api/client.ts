import { type ApiProblem, clientProblem, problemFromResponse } from './problem';

/**
 * The one way the web app talks to the server: same origin, JSON in and out, the
 * session cookie sent by the browser, the CSRF token on every state-changing request,
 * and failures turned into typed ApiProblem errors.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type QueryValue = string | number | boolean | null | undefined;

export type RequestOptions = {
  readonly body?: unknown;
  readonly query?: Readonly<Record<string, QueryValue>>;
  readonly signal?: AbortSignal;
  /** Let the request outlive the page (used by quick exit and sign-out). */
  readonly keepalive?: boolean;
};

type ProblemListener = (problem: ApiProblem, path: string) => void;

let csrfToken: string | null = null;
const contactListeners = new Set<() => void>();
const problemListeners = new Set<ProblemListener>();

/** Kept in memory only: the token comes with every session object. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

/** Called after every answer from the server (the server's idle clock restarts then). */
export function onServerContact(listener: () => void): () => void {
  contactListeners.add(listener);
  return () => contactListeners.delete(listener);
}

/** Called for every failed request, e.g. to return to sign-in when a session expired. */
export function onProblem(listener: ProblemListener): () => void {
  problemListeners.add(listener);
  return () => problemListeners.delete(listener);
}

export function buildUrl(path: string, query?: Readonly<Record<string, QueryValue>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search.length > 0 ? `${path}?${search}` : path;
}

export async function apiRequest<T>(
  method: HttpMethod,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      cache: 'no-store',
      signal: options.signal,
      keepalive: options.keepalive,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    const problem = clientProblem('network', 'The server could not be reached.');
    notifyProblem(problem, path);
    throw problem;
  }
  for (const listener of contactListeners) listener();

  if (!response.ok) {
    const problem = await problemFromResponse(response);
    notifyProblem(problem, path);
    throw problem;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  if (text.length === 0) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw clientProblem('unexpected-response', 'The server sent an answer that could not be read.');
  }
}

function notifyProblem(problem: ApiProblem, path: string): void {
  for (const listener of problemListeners) listener(problem, path);
}

export const api = {
  get: <T>(path: string, query?: RequestOptions['query'], signal?: AbortSignal): Promise<T> =>
    apiRequest<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown): Promise<T> => apiRequest<T>('POST', path, { body }),
  put: <T>(path: string, body?: unknown): Promise<T> => apiRequest<T>('PUT', path, { body }),
  patch: <T>(path: string, body?: unknown): Promise<T> => apiRequest<T>('PATCH', path, { body }),
};
