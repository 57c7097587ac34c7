import { describe, expect, it } from 'vitest';
import { placeAwayFromStops } from './legal.js';

const DAY = 86_400_000;
const d = (n: number): number => n * DAY;

describe('placeAwayFromStops', () => {
  it('keeps the decided instant when no service stops near it', () => {
    expect(placeAwayFromStops(d(10), [d(1), d(40)], 0, d(100))).toBe(d(10));
    expect(placeAwayFromStops(d(10), [], 0, d(100))).toBe(d(10));
  });

  it('moves a change to the nearest instant with no stop in the 14 days after it (a day either side to spare)', () => {
    // A stop 3 days later: a day after the stop is nearer than 16 days before it.
    expect(placeAwayFromStops(d(20), [d(23)], 0, d(100))).toBe(d(24));
    // A stop 13 days later: 16 days before it is nearer than after it.
    expect(placeAwayFromStops(d(20), [d(33)], 0, d(100))).toBe(d(18));
    // A stop the same day, just before: the change waits a day.
    expect(placeAwayFromStops(d(20), [d(20) - 1000], 0, d(100))).toBe(d(21) - 1000);
  });

  it('skips over clusters of stops, never before `after` nor at or after `end`', () => {
    const placed = placeAwayFromStops(d(20), [d(22), d(30), d(36)], d(19), d(100));
    expect(placed).toBe(d(37));
    expect(placeAwayFromStops(d(20), [d(22)], d(19), d(22.5))).toBeNull();
  });
});
