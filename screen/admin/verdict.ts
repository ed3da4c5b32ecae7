/** A verification's outcome in the admin's words. Pure. */
import type { VerifyResult } from '../../common/auth';
import type { RecordsWords } from '../content/adminRecords';

export function verdictText(result: VerifyResult, words: RecordsWords): string {
  return result.ok ? words.ledger.ok(result.events) : words.ledger.bad(result.firstBadSeq ?? null, result.problem ?? '');
}

/** How much of a hash the trace shows: enough to tell events apart and to find one in the full log. */
export const HASH_PREFIX = 12;
