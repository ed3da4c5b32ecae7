/**
 * Recent corrections as the desk lists them: an undo's reason retold in the
 * reader's words, and which corrections were undone (and by which entry), so
 * that an undone one offers no second undo. Pure.
 */
import type { DeskFormWords } from '../content/deskForms';
import { undoneSeqOf } from '../../common/desk';
import type { CorrectionLine } from './deskApi';

/** How the server writes the reason of a compensating correction (server/http/deskRouter.ts); only its wording is read from it. */
const UNDO_REASON = /^undo of seq \d+: ([\s\S]*)$/;

export interface CorrectionView {
  line: CorrectionLine;
  reason: string;
  /** The correction this one takes back, when it is an undo. */
  undoes: number | null;
  /** The entry that took this one back, when it was undone. */
  undoneBy: number | null;
}

export function correctionViews(lines: readonly CorrectionLine[], words: DeskFormWords['correct']): CorrectionView[] {
  const undoneBy = new Map<number, number>();
  // Which correction an undo takes back is its id, the server's idempotency key; the reason is only words.
  const undoes = (line: CorrectionLine) => {
    const seq = undoneSeqOf(line.id);
    return seq === null ? null : { seq, why: UNDO_REASON.exec(line.reason)?.[1] ?? line.reason };
  };
  for (const line of lines) {
    const undo = undoes(line);
    if (undo) undoneBy.set(undo.seq, line.seq);
  }
  return lines.map((line) => {
    const undo = undoes(line);
    return {
      line,
      reason: undo ? words.undoReasonLine(undo.seq, undo.why) : line.reason,
      undoes: undo?.seq ?? null,
      undoneBy: undoneBy.get(line.seq) ?? null,
    };
  });
}
