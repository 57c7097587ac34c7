import { describe, expect, it } from 'vitest';
import { idleState, WARNING_BEFORE_MS, warningAt } from './idle-clock';

const MINUTE = 60_000;
const base = {
  lastServerContact: 0,
  lastUserActivity: 0,
  idleTimeoutMs: 15 * MINUTE,
  absoluteExpiresAt: 12 * 60 * MINUTE,
};

describe('idle clock', () => {
  it('warns two minutes before the idle timeout', () => {
    expect(warningAt(15 * MINUTE)).toBe(15 * MINUTE - WARNING_BEFORE_MS);
    expect(idleState({ ...base, now: 12 * MINUTE })).toBe('active');
    expect(idleState({ ...base, now: 13 * MINUTE })).toBe('warn');
  });

  it('ends the session when the idle timeout has passed', () => {
    expect(idleState({ ...base, now: 15 * MINUTE })).toBe('expired');
  });

  it('ends the session at its absolute end even when active', () => {
    expect(idleState({ ...base, lastServerContact: 12 * 60 * MINUTE - 1, now: 12 * 60 * MINUTE })).toBe(
      'expired',
    );
  });

  it('refreshes the server session for a user working without requests', () => {
    expect(idleState({ ...base, lastUserActivity: 9 * MINUTE, now: 9 * MINUTE })).toBe('refresh');
    // Activity before the last request does not count: the server already knows of it.
    expect(idleState({ ...base, lastServerContact: 1, lastUserActivity: 0, now: 9 * MINUTE })).toBe('active');
  });

  it('warns half-way through a very short timeout', () => {
    expect(warningAt(2 * MINUTE)).toBe(MINUTE);
  });
});
