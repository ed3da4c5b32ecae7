/**
 * Pure: the first way the stored figures differ from what the log folds to,
 * in a sentence naming the figure, or null when they agree.
 */
import { METRIC_IDS } from '../../common/metrics';
import type { BreakdownId } from '../../common/protocol';
import { canonicalJson } from './chain';
import type { WallState } from './state';

const shown = (value: number | undefined): string => (value === undefined ? 'nothing' : String(value));

function keysOf(...records: Array<Record<string, unknown> | undefined>): string[] {
  return [...new Set(records.flatMap((record) => Object.keys(record ?? {})))].sort();
}

function namesDiffer(stored: ReadonlySet<string>, folded: ReadonlySet<string>): string | null {
  const extra = [...stored].filter((name) => !folded.has(name)).sort();
  const missing = [...folded].filter((name) => !stored.has(name)).sort();
  if (extra.length > 0) return `stored ${JSON.stringify(extra[0])}, which no event of the log named`;
  if (missing.length > 0) return `the log names ${JSON.stringify(missing[0])}, which is not stored`;
  return null;
}

/** Compares seq, every metric, every breakdown cell, the known names, the demo flag and the ticker list. */
export function compareFigures(stored: WallState, folded: WallState): string | null {
  if (stored.seq !== folded.seq) return `the stored seq is ${stored.seq}, the log folds to ${folded.seq}`;
  for (const id of METRIC_IDS) {
    if (stored.values[id] !== folded.values[id])
      return `metric ${id}: stored ${shown(stored.values[id])}, the log folds to ${shown(folded.values[id])}`;
  }
  for (const breakdown of keysOf(stored.breakdowns, folded.breakdowns) as BreakdownId[]) {
    const storedCells = stored.breakdowns[breakdown] as Record<string, number> | undefined;
    const foldedCells = folded.breakdowns[breakdown] as Record<string, number> | undefined;
    for (const key of keysOf(storedCells, foldedCells)) {
      if (storedCells?.[key] !== foldedCells?.[key])
        return `breakdown ${breakdown} ${JSON.stringify(key)}: stored ${shown(storedCells?.[key])}, the log folds to ${shown(foldedCells?.[key])}`;
    }
  }
  for (const kind of ['orgs', 'projects'] as const) {
    const problem = namesDiffer(stored.known[kind], folded.known[kind]);
    if (problem) return `known ${kind}: ${problem}`;
  }
  if (stored.demo !== folded.demo)
    return `the demo flag: stored ${stored.demo ? 'on' : 'off'}, the log folds to ${folded.demo ? 'on' : 'off'}`;
  const length = Math.max(stored.recent.length, folded.recent.length);
  for (let i = 0; i < length; i += 1) {
    const storedItem = stored.recent[i];
    const foldedItem = folded.recent[i];
    if (canonicalJson(storedItem ?? null) !== canonicalJson(foldedItem ?? null)) {
      const which = foldedItem ? `seq ${foldedItem.seq}` : `stored seq ${storedItem?.seq ?? '?'}`;
      return `the ticker list, item ${i + 1} (${which}): stored and folded differ`;
    }
  }
  return null;
}
