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

/** How close (in degrees) another town must be, beside and level with a town, for their labels to collide. */
const CROWD = { across: 0.2, level: 0.05, behind: 0.3 };

/**
 * Which side of its dot each town's label goes: right, unless a town close
 * on the right would sit under it and the left is clear, then left. Labels
 * are read from 5 m, so they must not cover one another or another's dot.
 */
export function labelSides(points: readonly TownPoint[]): Map<string, 'left' | 'right'> {
  const level = (a: TownPoint, b: TownPoint) => Math.abs(a.position[1] - b.position[1]) < CROWD.level;
  const sides = new Map<string, 'left' | 'right'>();
  for (const town of points) {
    const others = points.filter((p) => p !== town && level(p, town));
    const dx = (p: TownPoint) => p.position[0] - town.position[0];
    const crowdedRight = others.some((p) => dx(p) > 0 && dx(p) < CROWD.across);
    const crowdedLeft = others.some((p) => dx(p) < 0 && -dx(p) < CROWD.behind);
    sides.set(town.name, crowdedRight && !crowdedLeft ? 'left' : 'right');
  }
  return sides;
}
