/**
 * What the service needs from durable storage. The embedded SQLite store is
 * one implementation; a server database can be another without touching the rest.
 */
import type { EntrySource } from '../../common/desk';
import type { DomainEvent } from '../../common/events';
import type { MetricId } from '../../common/metrics';
import type { BreakdownId, RecentItem } from '../../common/protocol';
import type { VerifyResult } from '../../common/auth';
import type { ChainHead } from '../domain/chain';
import type { NameKind, WallState } from '../domain/state';

/** An accepted event as the log keeps it. */
export interface LoggedEvent {
  seq: number;
  event: DomainEvent;
  receivedAt: string;
  /** How it entered: `feed` (a machine feed), `desk` (a person), `import` (a spreadsheet) or `demo` (a demo feed). */
  source: EntrySource;
  /** Who sent it: `key:<name>` or `account:<name>`. */
  sender: string;
  /** Its link in the hash chain (`domain/chain.ts`). */
  hash: string;
}

/** Everything one accepted batch writes, in one transaction. */
export interface Commit {
  events: LoggedEvent[];
  seq: number;
  demo: boolean;
  values: Partial<Record<MetricId, number>>;
  breakdowns: Array<{ breakdown: BreakdownId; key: string; value: number }>;
  names: Array<{ kind: NameKind; name: string }>;
  /** Names no longer known (an import undone). */
  forgotten: Array<{ kind: NameKind; name: string }>;
  /** New ticker items; the store keeps only the newest RECENT_LIMIT. */
  recent: RecentItem[];
  /** The chain's head after this batch: its last event. */
  head: ChainHead;
}

/** How a store created before the chain had its existing events sealed into it, for `verify` to say so. */
export interface ChainSealed {
  /** When (ISO), and the last seq that was already in the log then. */
  at: string;
  throughSeq: number;
  /**
   * How the stored figures already disagreed with the log folded from that baseline, when they
   * did (a baseline file edited after the store was created): nothing after the upgrade caused it.
   */
  figuresDisagreed?: string;
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
  /** Saves the first state of a new store, which is also the chain's baseline, and the chain's genesis head. */
  initialize(state: WallState, genesis: ChainHead): void;
  /** The chain's head, or null for a store written before the chain existed (see `seal`). */
  chainHead(): ChainHead | null;
  /**
   * Links the events of a store written before the chain into it, from `baseline` (the
   * state that store began from), and records when: the one-time upgrade. Returns the head.
   */
  seal(baseline: WallState, at: Date): ChainHead;
  /** The last verification of the ledger, or null when it was never verified. */
  lastVerified(): VerifyResult | null;
  /** Which of these event ids are already in the log. */
  existingIds(ids: readonly string[]): Set<string>;
  /** Writes the batch atomically: when this returns, it is durable. */
  commit(commit: Commit): void;
  corrections(limit: number): CorrectionRecord[];
  close(): void;
}
