import { describe, expect, it } from 'vitest';
import { parseEventBody } from '../../common/events';
import { schemas } from '../support/baseline';

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
