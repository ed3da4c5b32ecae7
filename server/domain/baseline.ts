/**
 * The operator-editable baseline (`assets/baseline.json`): the seed's figures
 * and vocabularies, turned into the catalog and the first state of a new store.
 */
import { z } from 'zod';
import type { Catalog } from '../../common/catalog';
import { METRIC_IDS, METRICS, type MetricValues } from '../../common/metrics';
import type { Breakdowns } from '../../common/protocol';
import type { WallState } from './state';

const label = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
const figure = z.number().finite().min(0);
const entry = { name: z.string().min(1).max(64), en: z.string().min(1) };

const baselineSchema = z.object({
  title: label,
  values: z.strictObject(Object.fromEntries(METRIC_IDS.map((id) => [id, figure])) as Record<(typeof METRIC_IDS)[number], typeof figure>),
  towns: z.array(z.strictObject({ ...entry, appeals: figure })).min(1),
  categories: z.array(z.strictObject({ ...entry, appeals: figure })).min(1),
  landProjects: z.array(z.strictObject({ ...entry, mu: figure })).min(1),
  projects: z.array(z.string().min(1).max(64)),
  communities: z.array(z.string().min(1)),
  brands: z.array(z.string().min(1)),
});

export type Baseline = z.infer<typeof baselineSchema>;

/** Parses the baseline file's JSON, with a message that names the bad field. */
export function parseBaseline(json: unknown): Baseline {
  const result = baselineSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`invalid baseline: ${problems.join('; ')}`);
  }
  return result.data;
}

export function catalogOf(baseline: Baseline): Catalog {
  return {
    title: baseline.title,
    metrics: METRICS.map((def) => ({ ...def, baseline: baseline.values[def.id] })),
    towns: baseline.towns.map(({ name, en }) => ({ name, en })),
    categories: baseline.categories.map(({ name, en }) => ({ name, en })),
    landProjects: baseline.landProjects.map(({ name, en }) => ({ name, en })),
    projects: baseline.projects,
    communities: baseline.communities,
    brands: baseline.brands,
  };
}

const tally = <T extends { name: string }>(rows: T[], amount: (row: T) => number): Record<string, number> =>
  Object.fromEntries(rows.map((row) => [row.name, amount(row)]));

/** The state a new store starts from. */
export function initialState(baseline: Baseline): WallState {
  const breakdowns: Breakdowns = {
    appealsByCategory: tally(baseline.categories, (c) => c.appeals),
    appealsByTown: tally(baseline.towns, (t) => t.appeals),
    landByProject: tally(baseline.landProjects, (p) => p.mu),
  };
  return {
    seq: 0,
    demo: false,
    values: { ...baseline.values } as MetricValues,
    breakdowns,
    recent: [],
    known: { orgs: new Set(), projects: new Set(baseline.projects) },
  };
}
