/**
 * What the service needs from durable storage. The embedded SQLite store is
 * one implementation; a server database can be another without touching the rest.
 */
import type { DomainEvent } from '../../common/events';
import type { MetricId } from '../../common/metrics';
import type { BreakdownId, RecentItem } from '../../common/protocol';
import type { NameKind, WallState } from '../domain/state';

/** An accepted event as the log keeps it. */
export interface LoggedEvent {
  seq: number;
  event: DomainEvent;
  receivedAt: string;
  /** Who sent it: `demo` for a demo feed, otherwise `feed`. */
  source: 'feed' | 'demo';
}

/** Everything one accepted batch writes, in one transaction. */
export interface Commit {
  events: LoggedEvent[];
  seq: number;
  demo: boolean;
  values: Partial<Record<MetricId, number>>;
  breakdowns: Array<{ breakdown: BreakdownId; key: string; value: number }>;
  names: Array<{ kind: NameKind; name: string }>;
  /** New ticker items; the store keeps only the newest RECENT_LIMIT. */
  recent: RecentItem[];
}

/** An operator's correction, as the audit log shows it. */
export interface CorrectionRecord {
  seq: number;
  id: string;
  metric: MetricId;
  value: number;
  reason: string;
  receivedAt: string;
}

export interface Store {
  /** The saved state, or null for a new store. */
  load(): WallState | null;
  /** Saves the first state of a new store. */
  initialize(state: WallState): void;
  /** Which of these event ids are already in the log. */
  existingIds(ids: readonly string[]): Set<string>;
  /** Writes the batch atomically: when this returns, it is durable. */
  commit(commit: Commit): void;
  corrections(limit: number): CorrectionRecord[];
  close(): void;
}
