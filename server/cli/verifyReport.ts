/** Pure: the one line `npm run verify` prints, and its `--head SEQ:HASH` argument read. */
import type { VerifyResult } from '../../common/auth';
import { shortHash, type ChainHead } from '../domain/chain';
import type { ChainSealed } from '../store/store';

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-12-01 20:14` in the machine's own time zone, as the hall's staff read their clocks. */
function localMinute(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The verdict in one line: what was checked and the head when clean, the first bad seq and the problem when not. */
export function verifyLine(result: VerifyResult, sealed: ChainSealed | null): string {
  if (!result.ok) {
    const seq = result.firstBadSeq ?? result.headSeq;
    const problem = (result.problem ?? 'the ledger does not verify').replace(new RegExp(`^seq ${seq}: `), '');
    return `ledger NOT ok at seq ${seq}: ${problem}`;
  }
  const events = result.events.toLocaleString('en-US');
  const seal =
    sealed && sealed.throughSeq > 0
      ? `; events 1..${sealed.throughSeq} were sealed when the ledger was upgraded on ${localMinute(sealed.at).slice(0, 10)}`
      : '';
  return `ledger ok: ${events} events, head seq ${result.headSeq} hash ${shortHash(result.headHash)} (verified ${localMinute(result.at)})${seal}`;
}

/** Reads `SEQ:HASH` (a head written down earlier), or throws saying how it should look. */
export function parseAnchor(text: string): ChainHead {
  const match = /^(\d+):([0-9a-f]{64})$/i.exec(text.trim());
  if (!match) throw new Error(`--head must be SEQ:HASH with the full 64-character hash, e.g. 48213:${'3f9a'.padEnd(64, '0')}`);
  return { seq: Number(match[1]), hash: match[2]!.toLowerCase() };
}
