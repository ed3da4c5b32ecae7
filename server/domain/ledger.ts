/**
 * The ledger accepts validated events: it drops duplicates, folds the rest
 * into the state, and commits log and state together before it answers.
 */
import type { EntrySource } from '../../common/desk';
import type { DomainEvent } from '../../common/events';
import type { MetricId } from '../../common/metrics';
import { RECENT_LIMIT, type BreakdownId, type Breakdowns, type Update } from '../../common/protocol';
import type { Commit, LoggedEvent, Store } from '../store/store';
import { canonicalState, chainHash, genesisHash, type ChainHead } from './chain';
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
  source: EntrySource;
  /** Who sent the events: `key:<name>` for a feed key, `account:<name>` for a signed-in person. */
  sender: string;
}

/** One feed request's events, for `ingestGroup`. */
export interface IngestRequest {
  events: readonly DomainEvent[];
  options: IngestOptions;
}

export interface GroupResult {
  /** One per request, in order: what that request's sender is told. */
  results: Array<Omit<IngestResult, 'update'>>;
  /** What screens must be told about the whole group, or null when nothing changed. */
  update: Update | null;
}

export interface Ledger {
  readonly state: WallState;
  /** The hash chain's last link: what the figures were folded up to. */
  readonly head: ChainHead;
  ingest(events: readonly DomainEvent[], options: IngestOptions): IngestResult;
  /**
   * Several requests in one transaction, as if ingested one after another:
   * one disk sync for all the requests that arrived while the last one ran.
   */
  ingestGroup(requests: readonly IngestRequest[]): GroupResult;
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

/** The saved state and chain head, after making a new store or sealing one written before the chain. */
function open(store: Store, initial: () => WallState): { state: WallState; head: ChainHead } {
  const saved = store.load();
  if (saved === null) {
    const state = initial();
    const head = { seq: state.seq, hash: genesisHash(canonicalState(state)) };
    store.initialize(state, head);
    return { state, head };
  }
  // A store written before the chain began from the baseline it is given now: the first open links its events.
  return { state: saved, head: store.chainHead() ?? store.seal(initial(), new Date()) };
}

/**
 * Builds a ledger over a store, starting from its saved state or, for a new store, from
 * `initial`, which is also the baseline a store written before the hash chain is sealed from.
 */
export function createLedger(store: Store, initial: () => WallState): Ledger {
  const opened = open(store, initial);
  let current: WallState = opened.state;
  let head: ChainHead = opened.head;

  const ingestGroup = (requests: readonly IngestRequest[]): GroupResult => {
    const existing = store.existingIds(requests.flatMap((r) => r.events.map((e) => e.id)));
    const touched = emptyTouched();
    const logged: LoggedEvent[] = [];
    const seen = new Set<string>();
    const results: GroupResult['results'] = [];
    let next = current;
    let hash = head.hash;
    let demo = current.demo;
    let at = '';
    for (const { events, options } of requests) {
      const receivedIso = options.receivedAt.toISOString();
      const { source, sender } = options;
      at = receivedIso;
      let accepted = 0;
      for (const event of events) {
        if (existing.has(event.id) || seen.has(event.id)) continue;
        seen.add(event.id);
        const seq = next.seq + 1;
        next = foldEvent(next, event, { seq, at: event.at ?? receivedIso }, touched);
        hash = chainHash(hash, { seq, receivedAt: receivedIso, source, sender, event });
        logged.push({ seq, event, receivedAt: receivedIso, source, sender, hash });
        accepted += 1;
      }
      if (accepted > 0 && source === 'demo') demo = true;
      results.push({ accepted, duplicates: events.length - accepted, seq: next.seq });
    }
    if (logged.length === 0) return { results, update: null };

    const recent = [...touched.recent].reverse().slice(0, RECENT_LIMIT);
    next = { ...next, demo };
    const nextHead = { seq: next.seq, hash };
    store.commit({
      head: nextHead,
      events: logged,
      seq: next.seq,
      demo,
      values: changedValues(next, touched),
      breakdowns: breakdownRows(next, touched),
      // What the batch leaves known, whatever order its events added and forgot a name in.
      names: touched.names.filter(({ kind, name }) => next.known[kind].has(name)),
      forgotten: touched.forgotten.filter(({ kind, name }) => !next.known[kind].has(name)),
      recent,
    });
    const fromSeq = current.seq;
    current = next;
    head = nextHead;
    const breakdowns = changedBreakdowns(next, touched);
    return {
      results,
      update: {
        fromSeq,
        seq: next.seq,
        at,
        values: changedValues(next, touched),
        ...(Object.keys(breakdowns).length > 0 ? { breakdowns } : {}),
        ...(recent.length > 0 ? { recent } : {}),
      },
    };
  };

  return {
    get state() {
      return current;
    },
    get head() {
      return head;
    },
    ingest(events, options) {
      const { results, update } = ingestGroup([{ events, options }]);
      const result = results[0] ?? { accepted: 0, duplicates: events.length, seq: current.seq };
      return { ...result, update };
    },
    ingestGroup,
  };
}
