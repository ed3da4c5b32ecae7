import { describe, expect, it } from 'vitest';
import { FIELD_EVENT_TYPES, parseEventBody } from '../../common/events';
import { createEventGenerator, type MockEvent } from '../../mock/generate';
import { baselineCatalog, baselineSchemas } from './baseline-catalog';

const take = (seed: number, n: number, firstN = 0): MockEvent[] => {
  const generator = createEventGenerator(baselineCatalog, seed, firstN);
  return Array.from({ length: n }, () => generator.next());
};

describe('createEventGenerator', () => {
  it('makes the same events for the same seed, and others for another seed', () => {
    expect(take(42, 500)).toEqual(take(42, 500));
    expect(take(43, 500).map(({ id: _id, ...body }) => body)).not.toEqual(take(42, 500).map(({ id: _id, ...body }) => body));
  });

  it('makes events that the server accepts with the baseline catalog, in batches of 1,000', () => {
    const events = take(7, 20_000);
    for (let i = 0; i < events.length; i += 1000) {
      const result = parseEventBody(events.slice(i, i + 1000), baselineSchemas);
      expect(result.ok ? [] : result.errors).toEqual([]);
    }
  });

  it('numbers ids by seed and position, unique, and continues numbering after firstN', () => {
    const events = take(9, 3000);
    expect(new Set(events.map((e) => e.id)).size).toBe(3000);
    expect(events[0]?.id).toBe('mock-9-0');
    expect(events[2999]?.id).toBe('mock-9-2999');
    expect(take(9, 2, 3000).map((e) => e.id)).toEqual(['mock-9-3000', 'mock-9-3001']);
  });

  it('mixes types plausibly: mostly appeals handled, never corrections, everything else at least once', () => {
    const counts = new Map<string, number>();
    for (const event of take(1, 50_000)) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
    const share = (type: string) => (counts.get(type) ?? 0) / 50_000;
    expect(share('appeal.handled')).toBeGreaterThan(0.35);
    expect(share('appeal.resolved')).toBeLessThan(share('appeal.handled'));
    expect(share('land.acquired')).toBeLessThan(0.02);
    expect(counts.has('metric.corrected')).toBe(false);
    for (const type of FIELD_EVENT_TYPES) expect(counts.get(type) ?? 0, type).toBeGreaterThan(0);
  });

  it('keeps amounts small and plausible', () => {
    for (const event of take(3, 20_000)) {
      if (event.type === 'land.acquired') expect(event.mu).toBeLessThanOrEqual(12);
      if (event.type === 'land.demolished') expect(event.m2).toBeLessThanOrEqual(800);
      if (event.type === 'volunteer.mobilized') expect(event.count).toBeLessThanOrEqual(6);
      if (event.type === 'org.activity') expect(event.org).toMatch(/党支部$/);
    }
  });

  it('follows an operator-edited catalog, and leaves out types it has no vocabulary for', () => {
    const catalog = {
      ...baselineCatalog,
      towns: [{ name: '新城镇', en: 'Xincheng' }],
      categories: [{ name: '环境保护', en: 'Environment' }],
      landProjects: [],
    };
    const generator = createEventGenerator(catalog, 5);
    const events = Array.from({ length: 5000 }, () => generator.next());
    expect(events.some((e) => e.type === 'land.acquired' || e.type === 'land.demolished')).toBe(false);
    for (const e of events) if (e.type === 'appeal.handled') expect([e.town, e.category]).toEqual(['新城镇', '环境保护']);
  });
});
