/**
 * The wall's copy of the server's state and the pure rules for changing it:
 * a snapshot replaces it, an update applies only when it continues from the
 * seq the wall holds (`fromSeq <= seq < update.seq`).
 */
import { maskPersonalNumbers } from '../../common/mask';
import type { WallMode } from '../../common/mode';
import type { Breakdowns, RecentItem, Snapshot, Update } from '../../common/protocol';
import { RECENT_LIMIT } from '../../common/protocol';
import type { MetricValues } from '../../common/metrics';

export interface LiveState {
  seq: number;
  /** Server time of the state, ISO 8601. */
  at: string;
  /** Which store the figures come from: the hall's live figures or the demo feed's. */
  mode: WallMode;
  /** Whether the wall marks itself as showing demo data: exactly when `mode` is `demo`. */
  demo: boolean;
  values: MetricValues;
  breakdowns: Breakdowns;
  /** Newest first, at most RECENT_LIMIT, personal numbers masked. */
  recent: RecentItem[];
}

/** `applied`: state moved on; `stale`: already had it; `gap`: something was missed and a resync is needed. */
export type UpdateOutcome = 'applied' | 'stale' | 'gap';

// The server masks too, but the wall is the last line before a public display.
function maskItem(item: RecentItem): RecentItem {
  return item.summary === undefined ? item : { ...item, summary: maskPersonalNumbers(item.summary) };
}

/** Builds the wall's state from a snapshot. */
export function stateFromSnapshot(snapshot: Snapshot): LiveState {
  return {
    seq: snapshot.seq,
    at: snapshot.at,
    mode: snapshot.mode,
    demo: snapshot.mode === 'demo',
    values: { ...snapshot.values },
    breakdowns: {
      appealsByCategory: { ...snapshot.breakdowns.appealsByCategory },
      appealsByTown: { ...snapshot.breakdowns.appealsByTown },
      landByProject: { ...snapshot.breakdowns.landByProject },
    },
    recent: snapshot.recent.slice(0, RECENT_LIMIT).map(maskItem),
  };
}

/** Adds new ticker items in front, dropping repeats and keeping the list bounded. */
export function mergeRecent(current: readonly RecentItem[], incoming: readonly RecentItem[]): RecentItem[] {
  const seen = new Set<string>();
  const merged: RecentItem[] = [];
  for (const item of [...incoming.map(maskItem), ...current]) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    merged.push(item);
    if (merged.length === RECENT_LIMIT) break;
  }
  return merged;
}

/**
 * Classifies an update against the seq the wall holds, in the store it shows:
 * an update of the other store never applies (its seqs count elsewhere), and a snapshot puts it right.
 */
export function classifyUpdate(seq: number, update: Pick<Update, 'fromSeq' | 'seq' | 'mode'>, mode?: WallMode): UpdateOutcome {
  if (update.mode !== undefined && mode !== undefined && update.mode !== mode) return 'gap';
  if (update.seq <= seq) return 'stale';
  if (update.fromSeq > seq) return 'gap';
  return 'applied';
}

/** Applies an update; returns the same state object unless the outcome is `applied`. */
export function applyUpdate(state: LiveState, update: Update): { outcome: UpdateOutcome; state: LiveState } {
  const outcome = classifyUpdate(state.seq, update, state.mode);
  if (outcome !== 'applied') return { outcome, state };
  const values = { ...state.values };
  for (const [id, value] of Object.entries(update.values) as Array<[keyof MetricValues, number | undefined]>) {
    if (typeof value === 'number') values[id] = value;
  }
  return {
    outcome,
    state: {
      seq: update.seq,
      at: update.at,
      mode: state.mode,
      demo: state.demo,
      values,
      breakdowns: { ...state.breakdowns, ...definedBreakdowns(update.breakdowns) },
      recent: update.recent && update.recent.length > 0 ? mergeRecent(state.recent, update.recent) : state.recent,
    },
  };
}

function definedBreakdowns(changed: Partial<Breakdowns> | undefined): Partial<Breakdowns> {
  if (!changed) return {};
  const result: Partial<Breakdowns> = {};
  if (changed.appealsByCategory) result.appealsByCategory = { ...changed.appealsByCategory };
  if (changed.appealsByTown) result.appealsByTown = { ...changed.appealsByTown };
  if (changed.landByProject) result.landByProject = { ...changed.landByProject };
  return result;
}
