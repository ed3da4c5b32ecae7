import type { MetricId, MetricValues } from '../../common/metrics';
import type { BreakdownId, Breakdowns, RecentItem } from '../../common/protocol';

/** Names the fold has seen, so that a known organization or project is not counted twice. */
export interface KnownNames {
  orgs: ReadonlySet<string>;
  projects: ReadonlySet<string>;
}

export type NameKind = keyof KnownNames;

/** Everything the counters are: what the fold reads and returns. */
export interface WallState {
  seq: number;
  /**
   * True once a demo feed's event is in this store's log: kept and verified with the log, but no
   * longer what marks a wall as demo (the store a wall shows does, see `common/mode.ts`).
   */
  demo: boolean;
  values: Readonly<MetricValues>;
  breakdowns: Readonly<Breakdowns>;
  /** Newest first, at most RECENT_LIMIT. */
  recent: readonly RecentItem[];
  known: KnownNames;
}

/** What one event, or a batch, touched: enough to persist and broadcast only the change. */
export interface Touched {
  metrics: Set<MetricId>;
  breakdownKeys: Map<BreakdownId, Set<string>>;
  names: Array<{ kind: NameKind; name: string }>;
  /** Names taken back out of the known ones (an import undone). */
  forgotten: Array<{ kind: NameKind; name: string }>;
  recent: RecentItem[];
}

export function emptyTouched(): Touched {
  return { metrics: new Set(), breakdownKeys: new Map(), names: [], forgotten: [], recent: [] };
}
