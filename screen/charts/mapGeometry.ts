/**
 * The little geometry the county map needs, on plain GeoJSON: whether a
 * town's schematic position lies inside the outline an operator dropped in.
 */

/** A position as GeoJSON writes it: [longitude, latitude]. */
export type LngLat = readonly [number, number];

/** The subset of a GeoJSON FeatureCollection the wall reads. */
export interface CountyOutline {
  type: 'FeatureCollection';
  /** Who drew the boundary, and under what licence (kept in full with the file). */
  attribution?: string;
  /** The credit as the wall shows it, in Chinese: the wall speaks Chinese, the credit must still be there. */
  attributionZh?: string;
  features: ReadonlyArray<{
    geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
  }>;
}

/** Even-odd ray casting: whether `point` lies inside the closed `ring`. */
export function pointInRing(point: LngLat, ring: readonly (readonly number[])[]): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i]!;
    const [xj = 0, yj = 0] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether `point` lies inside any polygon of the outline (outside its holes). */
export function pointInOutline(point: LngLat, outline: CountyOutline): boolean {
  return outline.features.some(({ geometry }) => {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    return polygons.some(([outer, ...holes]) => !!outer && pointInRing(point, outer) && !holes.some((hole) => pointInRing(point, hole)));
  });
}

/**
 * The short credit shown on the map: the attribution's first clause
 * ("Boundary: AMap (高德地图)"), since the full licence note is too long for
 * a wall; empty when the operator's file names no source.
 */
export function attributionLine(attribution: string | undefined): string {
  if (!attribution) return '';
  return attribution.split(/;|, via | via /)[0]!.trim();
}

/** The credit the Chinese wall shows: the file's own Chinese credit, else the first clause of its attribution. */
export function mapCredit(outline: Pick<CountyOutline, 'attribution' | 'attributionZh'>): string {
  return outline.attributionZh?.trim() || attributionLine(outline.attribution);
}
