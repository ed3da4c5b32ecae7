import type { BreakdownEntry } from './breakdownEntries';
import type { LngLat } from './mapGeometry';
import type { ChartTheme } from './theme';
import type { TownPoint } from './townPoints';
import { formatFigure } from '../format/numbers';

/** An echarts-gl option: echarts-gl has no types, so the builder's shape is its contract (see tests). */
export type GlChartOption = Record<string, unknown>;

/** A project site on the 3D county: where it is and the land acquired for it. */
export interface LandSite {
  name: string;
  position: LngLat;
  mu: number;
}

export interface CountyLand3dSettings {
  /** The registered county outline. */
  mapName: string;
  /** Turn slowly round the county; off where each WebGL frame is costly (see `rotatesSmoothly`). */
  autoRotate: boolean;
  /** Unit written after each site's figure, e.g. 亩. */
  unit: string;
}

/** The tallest column's height, in the 3D box's units (the county is 100 across). */
const TALLEST = 30;
/** The county's face: a deep red that the light turns lighter, not the bright red of the figures. */
const COUNTY_COLOR = '#8a1217';
/** Degrees per second: one turn in two minutes, slow enough to read the labels as they pass. */
const ROTATE_SPEED = 3;

/** Places each land project at its known site; projects without one are left off (and named). */
export function landSites(entries: readonly BreakdownEntry[], positions: Readonly<Record<string, readonly number[]>>) {
  const sites: LandSite[] = [];
  const missing: string[] = [];
  for (const { name, value } of entries) {
    const [lng, lat] = positions[name] ?? [];
    if (typeof lng === 'number' && typeof lat === 'number') sites.push({ name, position: [lng, lat], mu: value });
    else missing.push(name);
  }
  return { sites, missing };
}

/**
 * The county in 3D with each project site's land standing as a column on the
 * map, its height the land acquired there, and the towns marked for
 * orientation: where the land is and how it compares, which a flat chart
 * cannot show at once. The camera turns slowly when the wall has a GPU;
 * nobody at a wall drags it, so interaction is off. Updates jump rather than
 * glide, because each 3D frame is a full WebGL render.
 */
export function buildCountyLand3dOption(
  sites: readonly LandSite[],
  towns: readonly TownPoint[],
  theme: ChartTheme,
  settings: CountyLand3dSettings,
): GlChartOption {
  const labelText = { fontFamily: theme.fontFamily, backgroundColor: 'rgba(29, 2, 4, 0.82)', padding: [4, 10], borderRadius: 6 };
  return {
    tooltip: { show: false },
    geo3D: {
      map: settings.mapName,
      regionHeight: 2,
      // Columns rise from 0 to this: the towns' dots at altitude 0 anchor the altitude axis at the ground.
      boxHeight: TALLEST + 2,
      environment: 'none',
      shading: 'lambert',
      silent: true,
      itemStyle: { color: COUNTY_COLOR, opacity: 1, borderColor: theme.gold, borderWidth: 2 },
      label: { show: false },
      emphasis: { label: { show: false }, itemStyle: { color: COUNTY_COLOR } },
      light: { main: { intensity: 0.85, alpha: 55, beta: 30, shadow: false }, ambient: { intensity: 0.3 } },
      postEffect: { enable: false },
      viewControl: {
        animation: false,
        alpha: 50,
        beta: 10,
        distance: 150,
        autoRotate: settings.autoRotate,
        autoRotateSpeed: ROTATE_SPEED,
        autoRotateAfterStill: 0,
        rotateSensitivity: 0,
        zoomSensitivity: 0,
        panSensitivity: 0,
      },
    },
    series: [
      {
        type: 'bar3D',
        coordinateSystem: 'geo3D',
        shading: 'lambert',
        barSize: 3.2,
        minHeight: 1,
        silent: true,
        animation: false,
        data: sites.map((site, i) => ({
          name: site.name,
          value: [site.position[0], site.position[1], site.mu],
          itemStyle: { color: theme.palette[i % theme.palette.length] },
          label: {
            show: true,
            formatter: `${site.name} ${formatFigure(site.mu)} ${settings.unit}`,
            ...labelText,
            color: theme.goldBright,
            fontSize: 30,
            fontWeight: 700,
          },
        })),
        label: { show: true, distance: 2 },
      },
      {
        type: 'scatter3D',
        coordinateSystem: 'geo3D',
        symbol: 'circle',
        symbolSize: 12,
        silent: true,
        animation: false,
        itemStyle: { color: theme.goldBright, borderColor: theme.text, borderWidth: 1 },
        data: towns.map((town) => ({ name: town.name, value: [town.position[0], town.position[1], 0] })),
        // Dots only: twelve names at a readable size would bury the two columns the view is about.
        label: { show: false },
      },
    ],
  };
}

/**
 * Whether the WebGL renderer can turn the map smoothly: a software renderer
 * (SwiftShader, llvmpipe) blocks the page ~50 ms per 3D frame, so there the
 * map stands still and draws only when its figures change.
 */
export function rotatesSmoothly(renderer: string): boolean {
  return !/swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer);
}
