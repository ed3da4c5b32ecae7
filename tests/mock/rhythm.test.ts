import { describe, expect, it } from 'vitest';
import { dayRhythm, localTimeOfDay, eventsDue, localHour, simulatedTime, tickIntervalMs } from '../../mock/rhythm';

describe('dayRhythm', () => {
  it('is busier in office hours than at 3 am, with a lunch dip', () => {
    expect(dayRhythm(10)).toBeGreaterThan(10 * dayRhythm(3));
    expect(dayRhythm(15.5)).toBeGreaterThan(10 * dayRhythm(3));
    expect(dayRhythm(13)).toBeLessThan(dayRhythm(10));
    expect(dayRhythm(21)).toBeLessThan(dayRhythm(16));
  });

  it('stays within (0, 1] and changes smoothly through the day, including midnight', () => {
    for (let h = 0; h < 24; h += 0.05) {
      const a = dayRhythm(h);
      expect(a).toBeGreaterThan(0);
      expect(a).toBeLessThanOrEqual(1);
      expect(Math.abs(dayRhythm(h + 0.05) - a)).toBeLessThan(0.05);
    }
    expect(dayRhythm(24)).toBe(dayRhythm(0));
  });
});

describe('clock', () => {
  it('reads the hour in Lingchuan (UTC+8)', () => {
    expect(localHour(Date.parse('2026-11-26T02:30:00Z'))).toBeCloseTo(10.5);
    expect(localHour(Date.parse('2026-11-26T19:00:00Z'))).toBeCloseTo(3);
  });

  it('runs the simulated day `speed` times faster', () => {
    expect(simulatedTime(1000, 60_000, 60)).toBe(1000 + 3_600_000);
  });
});

describe('eventsDue', () => {
  it('carries fractions so that a slow rate still adds up exactly', () => {
    let carry = 0;
    let total = 0;
    for (let i = 0; i < 100; i += 1) {
      const due = eventsDue(carry, 0.5, 1, 1000, 1000);
      carry = due.carry;
      total += due.count;
    }
    expect(total).toBe(50);
  });

  it('scales with activity and caps the backlog after a long pause', () => {
    expect(eventsDue(0, 10, 0.5, 1000, 1000).count).toBe(5);
    expect(eventsDue(0, 100, 1, 3_600_000, 1000)).toEqual({ count: 1000, carry: 0 });
  });

  it('sends one event per tick at low rates and batches at high ones', () => {
    expect(tickIntervalMs(2)).toBe(500);
    expect(tickIntervalMs(0.1)).toBe(1000);
    expect(tickIntervalMs(1000)).toBe(50);
  });
});

describe('localTimeOfDay', () => {
  it('finds the given hour of the Lingchuan day, across the UTC date line', () => {
    expect(new Date(localTimeOfDay(Date.parse('2026-11-26T18:30:00Z'), 9)).toISOString()).toBe('2026-11-27T01:00:00.000Z');
    expect(new Date(localTimeOfDay(Date.parse('2026-11-26T03:00:00Z'), 9)).toISOString()).toBe('2026-11-26T01:00:00.000Z');
    expect(localHour(localTimeOfDay(Date.now(), 9))).toBeCloseTo(9);
  });
});
