/**
 * What undoing an import takes back: the import's own entries folded again
 * from the figures before it, and the difference negated. Pure. A name the
 * import made known is forgotten again, unless a later entry names it: then
 * it stays known, and counted.
 */
import { METRIC_BY_ID, METRIC_IDS, type MetricId, type MetricValues } from '../../common/metrics';
import { BREAKDOWN_IDS, type Breakdowns } from '../../common/protocol';
import { foldRow, type ReplayRow } from '../domain/replay';
import type { KnownNames, NameKind, WallState } from '../domain/state';

export interface ImportCompensation {
  values: Partial<Record<MetricId, number>>;
  breakdowns: Partial<Record<keyof Breakdowns, Record<string, number>>>;
  forget: { projects: string[]; orgs: string[] };
}

export type CompensationOutcome =
  { ok: true; compensation: ImportCompensation } | { ok: false; metric: MetricId; value: number; min: number; max: number };

/** Figures carry fractions (mu, m²): a difference is rounded so that an undo brings them back exactly, not within 1e-12. */
const tidy = (value: number) => Math.round(value * 1e6) / 1e6;

/** The metric a newly known name is counted in. */
const COUNTED_IN: Record<NameKind, MetricId> = { projects: 'projects.introduced', orgs: 'orgs.active' };

export interface ImportUndoInput {
  /** The figures before the import's first entry. */
  before: WallState;
  /** The import's entries, in order. */
  rows: readonly ReplayRow[];
  /** Names entries after the import use. */
  namedLater: KnownNames;
  /** The figures now, which the compensation must keep within each metric's range. */
  current: Readonly<MetricValues>;
}

export function importCompensation({ before, rows, namedLater, current }: ImportUndoInput): CompensationOutcome {
  const after = rows.reduce(foldRow, before);
  const values: Partial<Record<MetricId, number>> = {};
  for (const metric of METRIC_IDS) {
    const added = tidy(after.values[metric] - before.values[metric]);
    if (added !== 0) values[metric] = -added;
  }
  const forget: ImportCompensation['forget'] = { projects: [], orgs: [] };
  for (const kind of ['projects', 'orgs'] as const) {
    for (const name of after.known[kind]) {
      if (before.known[kind].has(name)) continue;
      // A later entry counted on this name being known: it stays known, and so stays counted.
      if (namedLater[kind].has(name)) values[COUNTED_IN[kind]] = tidy((values[COUNTED_IN[kind]] ?? 0) + 1);
      else forget[kind].push(name);
    }
  }
  for (const metric of METRIC_IDS) if (values[metric] === 0) delete values[metric];

  const breakdowns: ImportCompensation['breakdowns'] = {};
  for (const breakdown of BREAKDOWN_IDS) {
    const changed: Record<string, number> = {};
    for (const [key, value] of Object.entries(after.breakdowns[breakdown])) {
      const added = tidy(value - (before.breakdowns[breakdown][key] ?? 0));
      if (added !== 0) changed[key] = -added;
    }
    if (Object.keys(changed).length > 0) breakdowns[breakdown] = changed;
  }

  for (const [metric, change] of Object.entries(values) as Array<[MetricId, number]>) {
    const value = tidy(current[metric] + change);
    const { min, max } = METRIC_BY_ID[metric];
    if (value < min || value > max) return { ok: false, metric, value, min, max };
  }
  return { ok: true, compensation: { values, breakdowns, forget } };
}
