/**
 * Tracing a figure back to the events that made it: which logged events
 * changed one metric. Decided by the fold itself, so an event that did not
 * change the figure (a project already counted, an organization seen before)
 * is not shown as if it had.
 */
import type { TracedEvent } from '../../common/auth';
import type { DomainEvent, EventType } from '../../common/events';
import type { MetricId } from '../../common/metrics';
import { foldEvent } from './fold';
import { emptyTouched, type WallState } from './state';
import type { LedgerRow } from './verifyLedger';

/**
 * The event types whose counting rule can touch each metric (`fold.ts`); a test checks
 * this table against the fold.
 */
const CHANGED_BY: Partial<Record<MetricId, readonly EventType[]>> = {
  'appeals.handled': ['appeal.handled'],
  'appeals.resolved': ['appeal.resolved'],
  'wishes.fulfilled': ['wish.fulfilled'],
  'platform.participants': ['participant.joined'],
  'volunteers.mobilized': ['volunteer.mobilized'],
  'volunteers.posts': ['post.established'],
  'land.acquiredMu': ['land.acquired'],
  'land.demolishedM2': ['land.demolished'],
  'projects.introduced': ['project.introduced'],
  'projects.investmentYuan': ['project.introduced'],
  'orgs.active': ['org.activity'],
  'members.active': ['org.activity'],
};

/** The event types to read to trace `metric`: the rest cannot have changed it. A correction or an undone import can touch any. */
export function typesThatCanChange(metric: MetricId): EventType[] {
  return [...(CHANGED_BY[metric] ?? []), 'metric.corrected', 'import.undone'];
}

/**
 * The metrics whose change by an event depends on what came before (a name counted only the
 * first time it is seen). For every other metric, whether an event changed it follows from the
 * event alone, so a trace can read from the newest event back and stop at its limit.
 */
const DEPENDS_ON_HISTORY: ReadonlySet<MetricId> = new Set(['projects.introduced', 'orgs.active']);

export interface Trace {
  /** The order the rows must be given in. */
  readonly order: 'newest first' | 'oldest first';
  /** Takes the next row (of `typesThatCanChange(metric)`); false once the rest cannot change the answer. */
  add(row: LedgerRow): boolean;
  /** The newest `limit` events that changed the metric, newest first. */
  result(): TracedEvent[];
}

/**
 * Starts tracing `metric`: each row is folded as the ledger folded it, and kept when the
 * fold says it changed the metric. The types left out never change this metric, nor the
 * names it depends on, so folding only these rows decides the same.
 */
export function startTrace(baseline: WallState, metric: MetricId, limit: number): Trace {
  const fromOldest = DEPENDS_ON_HISTORY.has(metric);
  const kept: TracedEvent[] = [];
  let state = baseline;
  const add = (row: LedgerRow): boolean => {
    if (limit < 1) return false;
    const event = JSON.parse(row.body) as DomainEvent;
    const touched = emptyTouched();
    const folded = foldEvent(state, event, { seq: row.seq, at: event.at ?? row.receivedAt }, touched);
    if (fromOldest) state = folded;
    if (touched.metrics.has(metric)) {
      kept.push({
        seq: row.seq,
        receivedAt: row.receivedAt,
        sender: row.sender,
        source: row.source,
        hash: row.hash ?? '',
        type: row.type,
        event,
      });
    }
    if (!fromOldest) return kept.length < limit;
    // Trimmed in halves, so a long log costs one copy per `limit` kept events, not one per event.
    if (kept.length >= limit * 2) kept.splice(0, kept.length - limit);
    return true;
  };
  return {
    order: fromOldest ? 'oldest first' : 'newest first',
    add,
    result: () => (fromOldest ? kept.slice(-limit).reverse() : [...kept]),
  };
}
