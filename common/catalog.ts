import type { Label, MetricDefinition } from './metrics';

/** A town, appeal category or project: `name` is the key events use, `en` its English label. */
export interface NamedEntry {
  name: string;
  en: string;
}

/** What `GET /api/metrics` returns: the metric definitions with their baselines, and the vocabularies events may use. */
export interface Catalog {
  title: Label;
  metrics: Array<MetricDefinition & { baseline: number }>;
  towns: NamedEntry[];
  categories: NamedEntry[];
  landProjects: NamedEntry[];
  /** Introduced projects known by name (the seed counts 8 and names 6). */
  projects: string[];
  communities: string[];
  brands: string[];
}

/** The names an event's fields are checked against. */
export interface Vocabulary {
  towns: readonly string[];
  categories: readonly string[];
  landProjects: readonly string[];
}

export function vocabularyOf(catalog: Pick<Catalog, 'towns' | 'categories' | 'landProjects'>): Vocabulary {
  return {
    towns: catalog.towns.map((t) => t.name),
    categories: catalog.categories.map((c) => c.name),
    landProjects: catalog.landProjects.map((p) => p.name),
  };
}
