import type { BreakdownEntry } from './breakdownEntries';
import type { LngLat } from './mapGeometry';

/** A town on the county map: where it is drawn and its live appeals. */
export interface TownPoint {
  name: string;
  position: LngLat;
  value: number;
}

/**
 * Places each town of the breakdown at its schematic position. Towns with no
 * known position are left off the map (they still appear in the ranking);
 * `missing` names them so the screen can say so.
 */
export function townPoints(
  entries: readonly BreakdownEntry[],
  positions: Readonly<Record<string, readonly number[]>>,
): { points: TownPoint[]; missing: string[] } {
  const points: TownPoint[] = [];
  const missing: string[] = [];
  for (const { name, value } of entries) {
    const [lng, lat] = positions[name] ?? [];
    if (typeof lng === 'number' && typeof lat === 'number') points.push({ name, position: [lng, lat], value });
    else missing.push(name);
  }
  return { points, missing };
}

/** Symbol diameter in design px: area grows with the figure, so a town with 4x the appeals looks 4x as big. */
export function townSymbolSize(value: number, max: number, smallest = 14, largest = 48): number {
  if (max <= 0 || value <= 0) return smallest;
  return Math.round(smallest + (largest - smallest) * Math.sqrt(Math.min(value, max) / max));
}
