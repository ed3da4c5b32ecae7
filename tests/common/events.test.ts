import { describe, expect, it } from 'vitest';
import { vocabularyOf } from '../../common/catalog';
import { createEventSchemas, parseEventBody } from '../../common/events';
import { METRIC_BY_ID, METRICS, type MetricId } from '../../common/metrics';
import { baseline, catalog, schemas } from '../support/baseline';

const appeal = { id: 'a-1', type: 'appeal.handled', town: '灵川镇', category: '市容市貌', summary: '路灯不亮' };

function errorsOf(body: unknown) {
  const result = parseEventBody(body, schemas);
  if (result.ok) throw new Error('expected the body to be refused');
  return result.errors;
}

describe('parseEventBody', () => {
  it('accepts one event or a batch', () => {
    expect(parseEventBody(appeal, schemas)).toEqual({ ok: true, events: [appeal] });
    const batch = parseEventBody([appeal, { id: 'p', type: 'participant.joined', at: '2026-11-26T08:00:00+08:00' }], schemas);
    expect(batch.ok && batch.events).toHaveLength(2);
  });

  it('names the field and the batch index of each problem', () => {
    const errors = errorsOf([appeal, { ...appeal, id: 'a-2', town: '桂林市' }]);
    expect(errors).toEqual([{ index: 1, path: 'town', message: expect.stringContaining('unknown town') }]);
  });

  it.each([
    ['an unknown type', { id: 'x', type: 'appeal.deleted' }, 'type'],
    ['a missing field', { id: 'x', type: 'appeal.handled', town: '灵川镇' }, 'category'],
    ['a missing id', { type: 'participant.joined' }, 'id'],
    ['an id over 64 characters', { id: 'x'.repeat(65), type: 'participant.joined' }, 'id'],
    ['a negative count', { id: 'x', type: 'volunteer.mobilized', count: -5 }, 'count'],
    ['a fractional count', { id: 'x', type: 'volunteer.mobilized', count: 1.5 }, 'count'],
    ['a string number', { id: 'x', type: 'post.established', count: '3' }, 'count'],
    ['zero land', { id: 'x', type: 'land.acquired', project: '西货运中心站', mu: 0 }, 'mu'],
    ['an unknown land project', { id: 'x', type: 'land.acquired', project: '某项目', mu: 1 }, 'project'],
    ['a summary over its limit', { ...appeal, summary: '字'.repeat(201) }, 'summary'],
    ['a control character', { ...appeal, summary: 'a\u0007b' }, 'summary'],
    ['an unknown metric', { id: 'x', type: 'metric.corrected', metric: 'appeals.deleted', value: 1, reason: 'r' }, 'metric'],
    ['an unknown field', { ...appeal, priority: 'high' }, ''],
    ['a bad date', { ...appeal, at: '26/11/2026' }, 'at'],
    ['a huge number', { id: 'x', type: 'land.demolished', project: '西货运中心站', m2: 1e300 }, 'm2'],
  ])('refuses %s', (_what, event, path) => {
    expect(errorsOf(event).map((e) => e.path)).toContain(path);
  });

  it('refuses non-objects, an empty batch and a batch over 1,000', () => {
    expect(errorsOf(null)[0]?.message).toMatch(/JSON object/);
    expect(errorsOf('appeal')[0]?.message).toMatch(/JSON object/);
    expect(errorsOf([])[0]?.message).toMatch(/empty/);
    expect(errorsOf(Array.from({ length: 1001 }, (_, i) => ({ ...appeal, id: `a${i}` })))[0]?.message).toMatch(/at most 1000/);
  });

  it('refuses the whole batch when one event is bad', () => {
    const result = parseEventBody([appeal, { ...appeal, id: 'b', category: '?' }], schemas);
    expect(result.ok).toBe(false);
  });
});

describe('plausible ranges', () => {
  const correction = (metric: MetricId, value: number) => ({ id: 'fix', type: 'metric.corrected', metric, value, reason: '核对台账' });

  it.each(METRICS.map((def) => [def.id, def.max] as const))('takes a correction of %s from 0 to %d and refuses one past it', (id, max) => {
    expect(parseEventBody(correction(id, 0), schemas).ok).toBe(true);
    expect(parseEventBody(correction(id, max), schemas).ok).toBe(true);
    const allowed = `must be between 0 and ${max} for ${id}`;
    expect(errorsOf(correction(id, max + 1))).toEqual([{ path: 'value', message: allowed }]);
    expect(errorsOf(correction(id, -1))).toEqual([{ path: 'value', message: allowed }]);
  });

  it('refuses the correction to 1e13 that overflowed the wall', () => {
    expect(errorsOf(correction('projects.investmentYuan', 1e13))).toEqual([
      { path: 'value', message: 'must be between 0 and 1000000000000 for projects.investmentYuan' },
    ]);
  });

  const land = { project: '西货运中心站' };
  const perEvent: Array<[string, Record<string, unknown>, string, number, MetricId]> = [
    ['volunteer.mobilized', {}, 'count', 10_000, 'volunteers.mobilized'],
    ['post.established', {}, 'count', 1_000, 'volunteers.posts'],
    ['land.acquired', land, 'mu', 10_000, 'land.acquiredMu'],
    ['land.demolished', land, 'm2', 1_000_000, 'land.demolishedM2'],
    ['project.introduced', { name: '新材料产业园' }, 'investmentYuan', 10_000_000_000, 'projects.investmentYuan'],
    ['org.activity', { org: '七彩社区党委' }, 'members', 100_000, 'members.active'],
  ];

  it.each(perEvent)('takes %s with %s up to its limit and refuses one past it', (type, fields, field, limit) => {
    const event = (amount: number) => ({ id: 'e', type, ...fields, [field]: amount });
    expect(parseEventBody(event(limit), schemas).ok).toBe(true);
    expect(errorsOf(event(limit + 1))).toEqual([{ path: field, message: `must be at most ${limit}` }]);
  });

  it.each(perEvent)('keeps one %s event at its limit from carrying its figure past its range', (_type, _fields, _field, limit, metric) => {
    expect(baseline.values[metric] + limit).toBeLessThanOrEqual(METRIC_BY_ID[metric].max);
  });
});

describe('event times', () => {
  const NOW = Date.parse('2026-12-01T12:00:00Z');
  const wish = (at: string) => ({ id: 'w', type: 'wish.fulfilled', at });

  function atClock(now: () => number) {
    const clocked = createEventSchemas(vocabularyOf(catalog), { now });
    return {
      accepts: (at: string) => parseEventBody(wish(at), clocked).ok,
      errors: (at: string) => {
        const result = parseEventBody(wish(at), clocked);
        if (result.ok) throw new Error(`expected ${at} to be refused`);
        return result.errors;
      },
    };
  }

  it('takes a time from 2000-01-01T00:00:00Z on, in any offset, and refuses one just before', () => {
    const { accepts, errors } = atClock(() => NOW);
    expect(accepts('2000-01-01T00:00:00Z')).toBe(true);
    expect(accepts('2000-01-01T08:00:00+08:00')).toBe(true);
    const before2000 = [{ path: 'at', message: 'must not be before 2000-01-01T00:00:00Z' }];
    expect(errors('1999-12-31T23:59:59.999Z')).toEqual(before2000);
    expect(errors('2000-01-01T07:59:59+08:00')).toEqual(before2000);
    expect(errors('0001-01-01T00:00:00Z')).toEqual(before2000);
  });

  it('takes a time up to 24 hours after the clock and refuses one just past, saying the latest allowed', () => {
    const { accepts, errors } = atClock(() => NOW);
    expect(accepts('2026-12-02T12:00:00Z')).toBe(true);
    expect(accepts('2026-12-02T20:00:00+08:00')).toBe(true);
    const tooLate = [{ path: 'at', message: expect.stringContaining('at most 2026-12-02T12:00:00.000Z') }];
    expect(errors('2026-12-02T12:00:00.001Z')).toEqual(tooLate);
    expect(errors('9999-12-31T23:59:59Z')).toEqual(tooLate);
    expect(errors('2026-12-02T12:00:00.001Z')[0]?.message).toMatch(/24 hours/);
  });

  it('reads the clock when an event is checked, not when the schemas are built', () => {
    let now = NOW;
    const { accepts } = atClock(() => now);
    expect(accepts('2026-12-02T13:00:00Z')).toBe(false);
    now += 60 * 60 * 1000;
    expect(accepts('2026-12-02T13:00:00Z')).toBe(true);
  });

  it('uses the real clock by default', () => {
    const twoDaysAhead = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000).toISOString();
    expect(errorsOf(wish(twoDaysAhead)).map((e) => e.path)).toEqual(['at']);
    expect(parseEventBody(wish(new Date().toISOString()), schemas).ok).toBe(true);
  });
});
