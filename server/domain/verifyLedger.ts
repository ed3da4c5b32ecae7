/**
 * Verifying the ledger: re-fold every logged event from the stored baseline
 * exactly as the ledger folded it, recompute every link of the hash chain,
 * and compare the chain's head and the stored figures with the result. Pure:
 * the rows are handed in one at a time, so a caller can stream a million of
 * them from disk and pause between them.
 */
import type { VerifyResult } from '../../common/auth';
import { ENTRY_SOURCES, isEntrySource } from '../../common/desk';
import type { DomainEvent } from '../../common/events';
import { chainHash, genesisHash, shortHash, type ChainHead } from './chain';
import { compareFigures } from './compareFigures';
import { foldEvent } from './fold';
import { emptyTouched, type WallState } from './state';

/** One row of the event log as stored, hash and all. */
export interface LedgerRow {
  seq: number;
  id: string;
  type: string;
  receivedAt: string;
  source: string;
  sender: string;
  hash: string | null;
  body: string;
}

export interface VerifyInput {
  /** Meta `baseline`, exactly as stored. */
  baselineJson: string;
  baseline: WallState;
  /** Meta `chain_head`: where the store says the chain ends. */
  head: ChainHead;
  /** The figures as stored. */
  stored: WallState;
  /** A head written down earlier, which the chain must still pass through. */
  anchor?: ChainHead;
  /** When the store was upgraded to the chain, and what disagreed already then. */
  sealed?: { at: string; figuresDisagreed?: string } | null;
}

/** The verdict, before it is stamped with when and by whom. */
export type Verdict = Omit<VerifyResult, 'at' | 'by'>;

export interface Verification {
  /** Checks the next row (in seq order); false once a problem is found, when the rest need not be read. */
  check(row: LedgerRow): boolean;
  finish(): Verdict;
}

const changed = 'the row was changed after it was written';

/** Starts a verification; feed it every row of the log in seq order, then call `finish`. */
export function startVerification(input: VerifyInput): Verification {
  const { head: storedHead, anchor } = input;
  let state = input.baseline;
  let demo = input.baseline.demo;
  let head: ChainHead = { seq: input.baseline.seq, hash: genesisHash(input.baselineJson) };
  let events = 0;
  let failure: { seq: number; problem: string } | null = null;
  const fail = (seq: number, problem: string): false => {
    failure = { seq, problem };
    return false;
  };

  if (anchor?.seq === head.seq && anchor.hash !== head.hash) {
    fail(head.seq, `seq ${head.seq}: the baseline's hash is not the ${shortHash(anchor.hash)} written down — the baseline was rewritten`);
  }

  const check = (row: LedgerRow): boolean => {
    if (failure) return false;
    const expected = head.seq + 1;
    if (row.seq !== expected) return fail(expected, `seq ${expected}: the event is missing from the log — its row was deleted`);
    if (row.hash === null) return fail(row.seq, `seq ${row.seq}: the event has no hash — the row was written outside the server`);
    let event: DomainEvent;
    try {
      event = JSON.parse(row.body) as DomainEvent;
    } catch {
      return fail(row.seq, `seq ${row.seq}: the stored event is not valid JSON — ${changed}`);
    }
    if (!isEntrySource(row.source))
      return fail(
        row.seq,
        `seq ${row.seq}: the stored source ${JSON.stringify(row.source)} is not one of ${ENTRY_SOURCES.join(', ')} — ${changed}`,
      );
    const hash = chainHash(head.hash, { seq: row.seq, receivedAt: row.receivedAt, source: row.source, sender: row.sender, event });
    if (hash !== row.hash) {
      const what = row.seq === 1 ? `${changed}, or the stored baseline was` : changed;
      return fail(row.seq, `seq ${row.seq}: the stored event does not match its hash — ${what}`);
    }
    // The id column is what duplicates are found by, the type column what traces read: both must be the event's own.
    if (event.id !== row.id || event.type !== row.type)
      return fail(row.seq, `seq ${row.seq}: the row's id or type column does not match its event — ${changed}`);
    if (anchor?.seq === row.seq && anchor.hash !== hash) {
      return fail(
        row.seq,
        `seq ${row.seq}: the chain's hash here is ${shortHash(hash)}, not the ${shortHash(anchor.hash)} written down — the log up to here was rewritten`,
      );
    }
    try {
      state = foldEvent(state, event, { seq: row.seq, at: event.at ?? row.receivedAt }, emptyTouched());
    } catch (error) {
      return fail(row.seq, `seq ${row.seq}: the stored event cannot be counted (${(error as Error).message}) — ${changed}`);
    }
    if (row.source === 'demo') demo = true;
    head = { seq: row.seq, hash };
    events += 1;
    return true;
  };

  const verdictAt = (seq: number, problem: string): Verdict => ({
    ok: false,
    events,
    headSeq: storedHead.seq,
    headHash: storedHead.hash,
    firstBadSeq: seq,
    problem,
  });

  const finish = (): Verdict => {
    const found: { seq: number; problem: string } | null = failure;
    if (found) return verdictAt(found.seq, found.problem);
    if (head.seq < storedHead.seq) {
      return verdictAt(
        head.seq + 1,
        `seq ${head.seq + 1}: the log ends at seq ${head.seq} but its head is seq ${storedHead.seq} — the events after it were deleted`,
      );
    }
    if (head.seq > storedHead.seq) {
      return verdictAt(
        storedHead.seq + 1,
        `seq ${storedHead.seq + 1}: the log goes on past its recorded head (seq ${storedHead.seq}) — rows were added outside the server`,
      );
    }
    if (head.hash !== storedHead.hash) {
      const what = head.seq === 0 ? 'the stored baseline was changed' : 'the log or its head was changed after it was written';
      return verdictAt(head.seq, `seq ${head.seq}: the recorded head hash does not match the log — ${what}`);
    }
    if (anchor && anchor.seq > head.seq) {
      return verdictAt(
        head.seq + 1,
        `seq ${head.seq + 1}: the log ends at seq ${head.seq}, before seq ${anchor.seq} whose hash was written down — events were deleted`,
      );
    }
    const figures = compareFigures(input.stored, { ...state, demo });
    if (figures) {
      const already = input.sealed?.figuresDisagreed
        ? ` (the figures already disagreed with the log when the ledger was upgraded on ${input.sealed.at.slice(0, 10)}, ` +
          `${input.sealed.figuresDisagreed}: was assets/baseline.json edited after the store was created?)`
        : '';
      return verdictAt(head.seq, figures + already);
    }
    return { ok: true, events, headSeq: head.seq, headHash: head.hash };
  };

  return { check, finish };
}

/** Verifies a whole log at once. */
export function verifyLedger(input: VerifyInput, rows: Iterable<LedgerRow>): Verdict {
  const verification = startVerification(input);
  for (const row of rows) if (!verification.check(row)) break;
  return verification.finish();
}
