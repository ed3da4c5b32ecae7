import type { WallChartOption } from './echarts';
import type { ChartTheme } from './theme';
import { labelSides, townSymbolSize, type TownPoint } from './townPoints';
import { namedFigureTooltip } from './tooltip';
import { formatFigure } from '../format/numbers';

/** The name the county outline is registered under with `registerMap`. */
export const COUNTY_MAP_NAME = 'lingchuan';

/** Town labels, in design px: read from 5 m. */
export const MAP_LABEL_SIZE = 22;
export const MAP_FIGURE_SIZE = 28;

/**
 * The county outline with its towns as points sized by their live appeals;
 * the three busiest towns in bright gold. Labels carry the town and figure
 * on a dark plate, so the outline's glowing border never runs through the
 * words, and overlapping labels are moved apart rather than drawn on top.
 */
export function buildCountyMapOption(points: readonly TownPoint[], theme: ChartTheme, mapName = COUNTY_MAP_NAME): WallChartOption {
  const max = Math.max(0, ...points.map((p) => p.value));
  const topThree = new Set(
    [...points]
      .sort((a, b) => b.value - a.value)
      .slice(0, 3)
      .map((p) => p.name),
  );
  const byName = new Map(points.map((p) => [p.name, p.value]));
  const sides = labelSides(points);
  return {
    animationDurationUpdate: 600,
    tooltip: namedFigureTooltip(theme, points, '件诉求'),
    geo: {
      map: mapName,
      roam: false,
      silent: true,
      // A degree of longitude is shorter than one of latitude at 25°N; without this the county looks stretched.
      aspectScale: 0.9,
      // Sized by the panel's shorter side, so the county keeps its shape on any wall, and centred, leaving room on
      // both sides for the labels of the outermost towns (labels go left where a town close on the right needs the room).
      layoutCenter: ['50%', '52%'],
      layoutSize: '88%',
      itemStyle: {
        areaColor: 'rgba(150, 18, 24, 0.55)',
        borderColor: theme.gold,
        borderWidth: 2,
        shadowColor: 'rgba(242, 193, 92, 0.45)',
        shadowBlur: 18,
      },
      label: { show: false },
    },
    series: [
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        data: points.map((p) => ({
          name: p.name,
          value: [p.position[0], p.position[1], p.value],
          symbolSize: townSymbolSize(p.value, max),
          label: { position: sides.get(p.name) ?? 'right' },
          itemStyle: {
            color: topThree.has(p.name) ? theme.goldBright : theme.redBright,
            borderColor: theme.text,
            borderWidth: 1.5,
            shadowColor: theme.gold,
            shadowBlur: 12,
          },
        })),
        labelLayout: { moveOverlap: 'shiftY' },
        label: {
          show: true,
          position: 'right',
          distance: 10,
          padding: [3, 8],
          borderRadius: 6,
          backgroundColor: 'rgba(29, 2, 4, 0.78)',
          formatter: (p: { name?: string }) => `{name|${richSafe(p.name ?? '')}} {value|${formatFigure(byName.get(p.name ?? '') ?? 0)}}`,
          rich: {
            name: { color: theme.text, fontSize: Math.max(MAP_LABEL_SIZE, theme.labelSize), fontFamily: theme.fontFamily },
            value: {
              color: theme.goldBright,
              fontSize: Math.max(MAP_FIGURE_SIZE, theme.figureSize),
              fontFamily: theme.numberFontFamily,
              fontWeight: 700,
            },
          },
          textBorderColor: 'rgba(29, 2, 4, 0.9)',
          textBorderWidth: 3,
        },
      },
    ],
  };
}

// Town names come from operators' vocabularies; braces and bars would be read as rich-text markup.
function richSafe(text: string): string {
  return text.replace(/[{}|]/g, '');
}
