import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../api/problem';
import { finishDraft, newScreeningDraft } from './draft';

const post = vi.fn();
vi.mock('../api/client', () => ({ api: { post: (...args: unknown[]) => post(...args) } }));

const { isRetriable, resetSubmissionsForTests, submitFinishedDraft } = await import('./submission');

const DRAFT_ID = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
const draft = finishDraft(
  newScreeningDraft(
    { mode: 'worker', language: 'ro', birthYear: null, ageUncertain: false, reasonsToBelieveChild: false },
    new Date('2026-05-04T10:00:00Z'),
  ),
  { kind: 'confirm' },
  new Date('2026-05-04T10:20:00Z'),
);

function problem(status: number, type: string): ApiProblem {
  return new ApiProblem(status, type, type, undefined, [], undefined, {});
}

beforeEach(() => {
  resetSubmissionsForTests();
  post.mockReset();
});
afterEach(() => vi.useRealTimers());

describe('submitFinishedDraft', () => {
  it('sends a finished draft once however many callers ask, then discards it', async () => {
    let answer: (value: unknown) => void = () => undefined;
    post.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const discard = vi.fn(() => Promise.resolve());
    const first = submitFinishedDraft(DRAFT_ID, draft, discard);
    const second = submitFinishedDraft(DRAFT_ID, draft, discard);
    answer({ id: 'a1b2c3d4-0000-4000-8000-000000000001' });
    expect(await first).toEqual({ kind: 'sent', screeningId: 'a1b2c3d4-0000-4000-8000-000000000001' });
    expect(await second).toEqual(await first);
    expect(post).toHaveBeenCalledTimes(1);
    expect(post).toHaveBeenCalledWith('/api/screenings', expect.objectContaining({ clientRef: DRAFT_ID }));
    expect(discard).toHaveBeenCalledTimes(1);

    // Already sent: a later call (e.g. the outbox) does not send again.
    expect(await submitFinishedDraft(DRAFT_ID, draft, discard)).toMatchObject({ kind: 'sent' });
    expect(post).toHaveBeenCalledTimes(1);
  });

  it('keeps the draft and tries again later when there is no connection', async () => {
    post.mockRejectedValueOnce(problem(0, 'network'));
    const discard = vi.fn(() => Promise.resolve());
    expect(await submitFinishedDraft(DRAFT_ID, draft, discard)).toBeNull();
    expect(discard).not.toHaveBeenCalled();
    post.mockResolvedValueOnce({ id: 'a1b2c3d4-0000-4000-8000-000000000002' });
    expect(await submitFinishedDraft(DRAFT_ID, draft, discard)).toMatchObject({ kind: 'sent' });
    expect(post).toHaveBeenCalledTimes(2);
  });

  it('does not resend what the server refused until the screener changes it', async () => {
    post.mockRejectedValue(problem(400, 'validation'));
    const discard = vi.fn(() => Promise.resolve());
    const refused = await submitFinishedDraft(DRAFT_ID, draft, discard);
    expect(refused).toMatchObject({ kind: 'refused', finishedAt: draft.finishedAt });
    await submitFinishedDraft(DRAFT_ID, draft, discard);
    expect(post).toHaveBeenCalledTimes(1);
    const changed = { ...draft, finishedAt: '2026-05-04T10:30:00.000Z' };
    await submitFinishedDraft(DRAFT_ID, changed, discard);
    expect(post).toHaveBeenCalledTimes(2);
    expect(discard).not.toHaveBeenCalled();
  });
});

describe('isRetriable', () => {
  it('retries no answer, server failures, an ended session and rate limits; not refusals', () => {
    expect(isRetriable(problem(0, 'network'))).toBe(true);
    expect(isRetriable(problem(503, 'internal'))).toBe(true);
    expect(isRetriable(problem(401, 'session-expired'))).toBe(true);
    expect(isRetriable(problem(429, 'rate-limited'))).toBe(true);
    expect(isRetriable(problem(400, 'validation'))).toBe(false);
    expect(isRetriable(problem(409, 'conflict'))).toBe(false);
  });
});
