/**
 * Where each figure's last change came from, for today at a glance: traced
 * back once from the figures as they are, then only the entries since the
 * last read are folded in. An open desk asks every few seconds; on a long log
 * that costs one trace per figure at the first question and a handful of rows
 * after, not a scan of the log each time.
 */
import type { DomainEvent } from '../../common/events';
import type { MetricId } from '../../common/metrics';
import type { LastChange } from '../desk/today';
import { foldEvent } from '../domain/fold';
import { emptyTouched, type WallState } from '../domain/state';
import { inSnapshot, traceMetricInFile } from './ledgerFile';
import { METRIC_IDS } from '../../common/metrics';

interface Folded {
  seq: number;
  state: WallState;
  last: Map<MetricId, LastChange>;
}

interface Row {
  seq: number;
  receivedAt: string;
  source: string;
  body: string;
}

const ROWS_PER_TURN = 2000;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Folds the entries after `from`, noting the source and time of each metric an entry changed. */
function foldForward(file: string, from: Folded): Promise<Folded> {
  return inSnapshot(file, async (db) => {
    let { state, seq } = from;
    const last = new Map(from.last);
    const rows = db
      .prepare('SELECT seq, received_at AS receivedAt, source, body FROM events WHERE seq > ? ORDER BY seq')
      .iterate(seq) as IterableIterator<Row>;
    let sinceTurn = 0;
    for (const row of rows) {
      const event = JSON.parse(row.body) as DomainEvent;
      const touched = emptyTouched();
      state = foldEvent(state, event, { seq: row.seq, at: event.at ?? row.receivedAt }, touched);
      for (const metric of touched.metrics) last.set(metric, { source: row.source, at: row.receivedAt });
      seq = row.seq;
      if ((sinceTurn += 1) === ROWS_PER_TURN) {
        sinceTurn = 0;
        await nextTurn();
      }
    }
    return { seq, state, last };
  });
}

/**
 * The start: the ledger's figures now (seq S), and each figure's newest change traced back. A trace
 * may see entries after S; folding forward from S meets them again and notes the same.
 */
async function traced(file: string, now: WallState): Promise<Folded> {
  const newest = await Promise.all(METRIC_IDS.map((id) => traceMetricInFile(file, id, 1).then((events) => [id, events[0]] as const)));
  const last = new Map<MetricId, LastChange>();
  for (const [id, event] of newest) if (event) last.set(id, { source: event.source, at: event.receivedAt });
  return { seq: now.seq, state: now, last };
}

/**
 * A reader of each figure's last change that remembers how far it has read; reads are taken one at a
 * time. `current` is the ledger's state, the fold's starting point at the first read.
 */
export function lastChangesIn(file: string, current: () => WallState): () => Promise<ReadonlyMap<MetricId, LastChange>> {
  let folded: Folded | null = null;
  let reading: Promise<Folded> | null = null;
  return async () => {
    // A read in progress is waited for, then continued from: two desks never fold the same rows twice at once.
    while (reading) await reading.catch(() => undefined);
    reading = (async () => foldForward(file, folded ?? (await traced(file, current()))))();
    try {
      folded = await reading;
    } finally {
      reading = null;
    }
    return folded.last;
  };
}
