/**
 * RFC 9457 problem details. Titles and details are written for people and never
 * contain personal data; the web app translates by `type`.
 */
export const PROBLEM_BASE = 'https://opennrm.org/problems/';

export type ProblemType =
  | 'validation'
  | 'invalid-credentials'
  | 'account-locked'
  | 'account-disabled'
  | 'mfa-required'
  | 'invalid-code'
  | 'unauthenticated'
  | 'session-expired'
  | 'forbidden'
  | 'csrf'
  | 'not-found'
  | 'conflict'
  | 'draft-conflict'
  | 'consent-required'
  | 'rate-limited'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'internal';

export type FieldError = { path: string; message: string };

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly type: ProblemType,
    readonly title: string,
    readonly detail?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(title);
    this.name = 'Problem';
  }
}

export const problems = {
  notFound: (what = 'resource'): Problem => new Problem(404, 'not-found', `The ${what} was not found.`),
  forbidden: (detail?: string): Problem =>
    new Problem(403, 'forbidden', 'You do not have permission to do this.', detail),
  unauthenticated: (): Problem => new Problem(401, 'unauthenticated', 'Please sign in.'),
  mfaRequired: (): Problem =>
    new Problem(401, 'mfa-required', 'A second factor is required before you can continue.'),
  conflict: (detail: string): Problem =>
    new Problem(409, 'conflict', 'This conflicts with existing data.', detail),
  validation: (errors: FieldError[]): Problem =>
    new Problem(400, 'validation', 'Some of the information is not valid.', undefined, { errors }),
};

/** A 409 whose `reason` code the web app translates; the detail carries no personal data. */
export function refusal(reason: string, detail: string): Problem {
  return new Problem(409, 'conflict', 'This conflicts with existing data.', detail, { reason });
}
