/**
 * The ledger accepts validated events: it drops duplicates, folds the rest
 * into the state, and commits log and state together before it answers.
 */
import type { DomainEvent } from '../../common/events';
import type { MetricId } from '../../common/metrics';
import { RECENT_LIMIT, type BreakdownId, type Breakdowns, type Update } from '../../common/protocol';
import type { Commit, LoggedEvent, Store } from '../store/store';
import { foldEvent } from './fold';
import { emptyTouched, type Touched, type WallState } from './state';

export interface IngestResult {
  accepted: number;
  duplicates: number;
  seq: number;
  /** What screens must be told, or null when nothing changed. */
  update: Update | null;
}

export interface IngestOptions {
  receivedAt: Date;
  source: 'feed' | 'demo';
}

export interface Ledger {
  readonly state: WallState;
  ingest(events: readonly DomainEvent[], options: IngestOptions): IngestResult;
}

function breakdownRows(state: WallState, touched: Touched): Commit['breakdowns'] {
  return [...touched.breakdownKeys].flatMap(([breakdown, keys]) =>
    [...keys].map((key) => ({ breakdown, key, value: state.breakdowns[breakdown][key] ?? 0 })),
  );
}

function changedValues(state: WallState, touched: Touched): Partial<Record<MetricId, number>> {
  return Object.fromEntries([...touched.metrics].map((id) => [id, state.values[id]]));
}

function changedBreakdowns(state: WallState, touched: Touched): Partial<Breakdowns> {
  return Object.fromEntries([...touched.breakdownKeys.keys()].map((id: BreakdownId) => [id, { ...state.breakdowns[id] }]));
}

/** Builds a ledger over a store, starting from its saved state or, for a new store, from `initial`. */
export function createLedger(store: Store, initial: () => WallState): Ledger {
  let state = store.load();
  if (state === null) {
    state = initial();
    store.initialize(state);
  }
  let current: WallState = state;

  return {
    get state() {
      return current;
    },
    ingest(events, { receivedAt, source }) {
      const existing = store.existingIds(events.map((e) => e.id));
      const receivedIso = receivedAt.toISOString();
      const touched = emptyTouched();
      const logged: LoggedEvent[] = [];
      const seenInBatch = new Set<string>();
      let next = current;
      for (const event of events) {
        if (existing.has(event.id) || seenInBatch.has(event.id)) continue;
        seenInBatch.add(event.id);
        const seq = next.seq + 1;
        next = foldEvent(next, event, { seq, at: event.at ?? receivedIso }, touched);
        logged.push({ seq, event, receivedAt: receivedIso, source });
      }
      if (logged.length === 0) return { accepted: 0, duplicates: events.length, seq: current.seq, update: null };

      const recent = [...touched.recent].reverse().slice(0, RECENT_LIMIT);
      const demo = next.demo || source === 'demo';
      next = { ...next, demo };
      store.commit({
        events: logged,
        seq: next.seq,
        demo,
        values: changedValues(next, touched),
        breakdowns: breakdownRows(next, touched),
        names: touched.names,
        recent,
      });
      const fromSeq = current.seq;
      const demoChanged = demo !== current.demo;
      current = next;
      const breakdowns = changedBreakdowns(next, touched);
      return {
        accepted: logged.length,
        duplicates: events.length - logged.length,
        seq: next.seq,
        update: {
          fromSeq,
          seq: next.seq,
          at: receivedIso,
          values: changedValues(next, touched),
          ...(demoChanged ? { demo } : {}),
          ...(Object.keys(breakdowns).length > 0 ? { breakdowns } : {}),
          ...(recent.length > 0 ? { recent } : {}),
        },
      };
    },
  };
}
