/** What undoing an import subtracts, worked out from the import's own entries over the figures before it. */
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../common/events';
import { importCompensation } from '../../../server/desk/importUndo';
import { foldEvent } from '../../../server/domain/fold';
import type { ReplayRow } from '../../../server/domain/replay';
import { emptyTouched, type KnownNames, type WallState } from '../../../server/domain/state';
import { freshState } from '../../support/baseline';

const rowsOf = (events: DomainEvent[], fromSeq = 1): ReplayRow[] =>
  events.map((event, i) => ({ seq: fromSeq + i, receivedAt: '2026-12-01T09:00:00.000Z', body: JSON.stringify(event) }));

const fold = (state: WallState, events: DomainEvent[]) =>
  events.reduce((s, event) => foldEvent(s, event, { seq: s.seq + 1, at: '2026-12-01T09:00:00Z' }, emptyTouched()), state);

const nobodyLater: KnownNames = { projects: new Set(), orgs: new Set() };

const IMPORTED: DomainEvent[] = [
  { id: 'i1', type: 'land.acquired', project: '桂林北动车所', mu: 12.3 },
  { id: 'i2', type: 'project.introduced', name: '新引进的项目', investmentYuan: 5_000_000 },
  { id: 'i3', type: 'org.activity', org: '新党支部', members: 30 },
];

describe('importCompensation', () => {
  it('negates each figure and breakdown the import changed, exactly, and forgets the names it introduced', () => {
    const before = freshState();
    const current = fold(before, IMPORTED);
    const outcome = importCompensation({ before, rows: rowsOf(IMPORTED), namedLater: nobodyLater, current: current.values });
    expect(outcome).toEqual({
      ok: true,
      compensation: {
        values: {
          'land.acquiredMu': -12.3,
          'projects.introduced': -1,
          'projects.investmentYuan': -5_000_000,
          'orgs.active': -1,
          'members.active': -30,
        },
        breakdowns: { landByProject: { 桂林北动车所: -12.3 } },
        forget: { projects: ['新引进的项目'], orgs: ['新党支部'] },
      },
    });
    // Applied, it brings every figure back to what it was before the import, to the last decimal.
    if (!outcome.ok) return;
    const undone = fold(current, [{ id: 'u', type: 'import.undone', importSeq: 3, reason: 'r', ...outcome.compensation }]);
    expect(undone.values).toEqual(before.values);
    expect(undone.breakdowns).toEqual(before.breakdowns);
    expect(undone.known).toEqual(before.known);
  });

  it('keeps a name known, and counted, when an entry after the import names it', () => {
    const before = freshState();
    const current = fold(before, IMPORTED);
    const namedLater: KnownNames = { projects: new Set(), orgs: new Set(['新党支部']) };
    const outcome = importCompensation({ before, rows: rowsOf(IMPORTED), namedLater, current: current.values });
    expect(outcome.ok && outcome.compensation.values['orgs.active']).toBe(undefined);
    expect(outcome.ok && outcome.compensation.forget).toEqual({ projects: ['新引进的项目'], orgs: [] });
  });

  it('names nothing the import did not add: a project already known before it is neither uncounted nor forgotten', () => {
    const before = fold(freshState(), [{ id: 'p0', type: 'project.introduced', name: '新引进的项目', investmentYuan: 1 }]);
    const current = fold(before, IMPORTED);
    const outcome = importCompensation({ before, rows: rowsOf(IMPORTED, 2), namedLater: nobodyLater, current: current.values });
    expect(outcome.ok && outcome.compensation.values['projects.introduced']).toBe(undefined);
    expect(outcome.ok && outcome.compensation.forget.projects).toEqual([]);
  });

  it('refuses when a later correction left too little to take back', () => {
    const before = freshState();
    const current = fold(fold(before, IMPORTED), [
      { id: 'c', type: 'metric.corrected', metric: 'land.acquiredMu', value: 5, reason: '台账核对' },
    ]);
    const outcome = importCompensation({ before, rows: rowsOf(IMPORTED), namedLater: nobodyLater, current: current.values });
    expect(outcome).toMatchObject({ ok: false, metric: 'land.acquiredMu', value: -7.3 });
  });
});
