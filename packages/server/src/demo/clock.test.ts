import { localDateOf } from '@opennrm/core';
import { describe, expect, it } from 'vitest';
import { localDate } from './clock.js';
import { DEMO_PROFILE } from './profile.js';
import { Rng } from './random.js';

describe('localDate', () => {
  it('gives core’s local date for any instant, across daylight-saving changes', () => {
    const rng = new Rng(7);
    const from = Date.parse('2023-01-01T00:00:00Z');
    const to = Date.parse('2027-01-01T00:00:00Z');
    for (let i = 0; i < 20_000; i++) {
      const at = new Date(from + Math.floor(rng.next() * (to - from)));
      expect(localDate(at)).toBe(localDateOf(at, DEMO_PROFILE.calendar.timeZone));
    }
    // Around the spring and autumn changes in Europe, and around local midnight.
    for (const iso of [
      '2026-03-29T00:59:59.999Z',
      '2026-03-29T01:00:00.000Z',
      '2026-03-28T22:59:59.999Z',
      '2026-03-28T23:00:00.000Z',
      '2026-10-25T00:59:59.999Z',
      '2026-10-25T01:00:00.000Z',
      '2026-10-24T21:59:59.999Z',
      '2026-10-24T22:00:00.000Z',
      '2026-10-25T22:59:59.999Z',
      '2026-10-25T23:00:00.000Z',
    ]) {
      const at = new Date(iso);
      expect(localDate(at), iso).toBe(localDateOf(at, DEMO_PROFILE.calendar.timeZone));
    }
  });
});
