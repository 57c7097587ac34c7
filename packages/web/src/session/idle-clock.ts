/**
 * Pure timing rules of the idle timeout, kept apart from React so they can be read
 * (and tested) on their own. The server ends a session after `idleTimeoutSeconds`
 * without a request; every answer from the server restarts its clock.
 */
export const WARNING_BEFORE_MS = 120_000;

export type IdleState = 'active' | 'refresh' | 'warn' | 'expired';

export type IdleInput = {
  readonly now: number;
  readonly lastServerContact: number;
  readonly lastUserActivity: number;
  readonly idleTimeoutMs: number;
  readonly absoluteExpiresAt: number;
};

/** When to warn: two minutes before the end, or half-way for very short timeouts. */
export function warningAt(idleTimeoutMs: number): number {
  return Math.max(idleTimeoutMs / 2, idleTimeoutMs - WARNING_BEFORE_MS);
}

/**
 * - `expired`: the server has ended (or is about to end) the session;
 * - `refresh`: the user is working in the page without requests (e.g. typing a long
 *   form): tell the server, so the session does not end under their hands;
 * - `warn`: no activity for a while: ask whether to stay signed in.
 */
export function idleState(input: IdleInput): IdleState {
  const sinceContact = input.now - input.lastServerContact;
  if (input.now >= input.absoluteExpiresAt || sinceContact >= input.idleTimeoutMs) return 'expired';
  const activeSinceContact = input.lastUserActivity > input.lastServerContact;
  if (activeSinceContact && sinceContact >= input.idleTimeoutMs / 2) return 'refresh';
  if (sinceContact >= warningAt(input.idleTimeoutMs)) return 'warn';
  return 'active';
}
