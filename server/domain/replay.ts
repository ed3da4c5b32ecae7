/**
 * The figures as they stood at an earlier point of the log: the baseline with
 * every event before that point folded in, exactly as the ledger counted them.
 * Pure; the caller streams the rows.
 */
import type { DomainEvent } from '../../common/events';
import { foldEvent } from './fold';
import { emptyTouched, type WallState } from './state';

export interface ReplayRow {
  seq: number;
  receivedAt: string;
  body: string;
}

/** Folds `row` into `state`, as the ledger did when it accepted it. */
export function foldRow(state: WallState, row: ReplayRow): WallState {
  const event = JSON.parse(row.body) as DomainEvent;
  return foldEvent(state, event, { seq: row.seq, at: event.at ?? row.receivedAt }, emptyTouched());
}
