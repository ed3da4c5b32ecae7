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
 * this table against the fold. A correction can touch any metric.
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

/** The event types to read to trace `metric`: the rest cannot have changed it. */
export function typesThatCanChange(metric: MetricId): EventType[] {
  return [...(CHANGED_BY[metric] ?? []), 'metric.corrected'];
}

/**
 * Folds `rows` (every logged event of `typesThatCanChange(metric)`, in seq order) from the
 * baseline and keeps those that changed `metric`: the newest `limit`, newest first. The
 * other types are left out safely: they never change this metric, nor the names it depends on.
 */
export function traceMetric(baseline: WallState, metric: MetricId, rows: Iterable<LedgerRow>, limit: number): TracedEvent[] {
  if (limit < 1) return [];
  const kept: TracedEvent[] = [];
  let state = baseline;
  for (const row of rows) {
    const event = JSON.parse(row.body) as DomainEvent;
    const touched = emptyTouched();
    state = foldEvent(state, event, { seq: row.seq, at: event.at ?? row.receivedAt }, touched);
    if (!touched.metrics.has(metric)) continue;
    kept.push({ seq: row.seq, receivedAt: row.receivedAt, sender: row.sender, hash: row.hash ?? '', type: row.type, event });
    // Trimmed in halves, so a long log costs one copy per `limit` kept events, not one per event.
    if (kept.length >= limit * 2) kept.splice(0, kept.length - limit);
  }
  return kept.slice(-limit).reverse();
}
