import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, type DomainEvent } from '../../../common/events';
import { METRIC_IDS, type MetricId } from '../../../common/metrics';
import { foldEvent } from '../../../server/domain/fold';
import { emptyTouched, type WallState } from '../../../server/domain/state';
import { startTrace, typesThatCanChange } from '../../../server/domain/traceMetric';
import { freshState } from '../../support/baseline';

const appeal: DomainEvent = { id: 'a-1', type: 'appeal.handled', town: '灵川镇', category: '市容市貌' };

const touchedBy = (state: WallState, event: DomainEvent): Set<MetricId> => {
  const touched = emptyTouched();
  foldEvent(state, event, { seq: 1, at: '2026-12-01T08:00:00Z' }, touched);
  return touched.metrics;
};

/** One event of each type, each naming something new, so that every rule of the fold fires. */
const sampleOf: Record<(typeof EVENT_TYPES)[number], DomainEvent> = {
  'appeal.handled': appeal,
  'appeal.resolved': { id: 's2', type: 'appeal.resolved', town: '灵川镇', category: '市容市貌' },
  'wish.fulfilled': { id: 's3', type: 'wish.fulfilled', town: '灵川镇' },
  'participant.joined': { id: 's4', type: 'participant.joined' },
  'volunteer.mobilized': { id: 's5', type: 'volunteer.mobilized', count: 3 },
  'post.established': { id: 's6', type: 'post.established', count: 1 },
  'land.acquired': { id: 's7', type: 'land.acquired', project: '桂林北动车所', mu: 2 },
  'land.demolished': { id: 's8', type: 'land.demolished', project: '桂林北动车所', m2: 50 },
  'project.introduced': { id: 's9', type: 'project.introduced', name: '新项目', investmentYuan: 1000 },
  'org.activity': { id: 's10', type: 'org.activity', org: '新党组织', members: 20 },
  'metric.corrected': { id: 's11', type: 'metric.corrected', metric: 'points.shared', value: 11, reason: 'recount' },
  'import.undone': { id: 's12', type: 'import.undone', importSeq: 1, reason: 'wrong file', values: { 'volunteers.posts': -1 } },
};

describe('which event types a trace reads', () => {
  it('includes every type whose rule touches the metric, as the fold itself decides', () => {
    for (const type of EVENT_TYPES) {
      const touched = touchedBy(freshState(), sampleOf[type]);
      expect(touched.size, type).toBeGreaterThan(0);
      for (const metric of touched) expect(typesThatCanChange(metric), `${type} → ${metric}`).toContain(type);
    }
    // A correction, or an import undone, can touch any metric.
    for (const metric of METRIC_IDS)
      expect(typesThatCanChange(metric)).toEqual(expect.arrayContaining(['metric.corrected', 'import.undone']));
  });

  it('reads from the newest back only for metrics whose change does not depend on the names seen before', () => {
    const knowsEveryName = { ...freshState(), known: { orgs: new Set(['新党组织']), projects: new Set(['新项目']) } };
    const fromNewest = METRIC_IDS.filter((metric) => startTrace(freshState(), metric, 1).order === 'newest first');
    expect(fromNewest).not.toContain('orgs.active');
    for (const metric of fromNewest) {
      for (const type of EVENT_TYPES) {
        const before = touchedBy(freshState(), sampleOf[type]).has(metric);
        expect(touchedBy(knowsEveryName, sampleOf[type]).has(metric), `${metric} by ${type}`).toBe(before);
      }
    }
  });
});
