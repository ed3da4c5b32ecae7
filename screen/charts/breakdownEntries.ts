import type { NamedEntry } from '../../common/catalog';

/** One bar or slice: a vocabulary name and its figure. */
export interface BreakdownEntry {
  name: string;
  value: number;
}

/**
 * Lists a breakdown in the catalog's order, with names the catalog knows but
 * the breakdown lacks shown as 0 and names only the breakdown has kept at the
 * end, so a chart never silently drops a figure.
 */
export function breakdownEntries(
  breakdown: Readonly<Record<string, number>>,
  vocabulary: readonly Pick<NamedEntry, 'name'>[],
): BreakdownEntry[] {
  const known = vocabulary.map(({ name }) => ({ name, value: breakdown[name] ?? 0 }));
  const names = new Set(vocabulary.map(({ name }) => name));
  const extra = Object.entries(breakdown)
    .filter(([name]) => !names.has(name))
    .map(([name, value]) => ({ name, value }));
  return [...known, ...extra];
}
