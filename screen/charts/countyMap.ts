import type { WallChartOption } from './echarts';
import type { ChartTheme } from './theme';
import { townSymbolSize, type TownPoint } from './townPoints';
import { namedFigureTooltip } from './tooltip';
import { formatFigure } from '../format/numbers';

/** The name the county outline is registered under with `registerMap`. */
export const COUNTY_MAP_NAME = 'lingchuan';

/**
 * The county outline with its towns as points sized by their live appeals;
 * the three busiest towns in bright gold. Labels carry the town and figure.
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
  return {
    animationDurationUpdate: 600,
    tooltip: namedFigureTooltip(theme, points, '件诉求'),
    geo: {
      map: mapName,
      roam: false,
      silent: true,
      // A degree of longitude is shorter than one of latitude at 25°N; without this the county looks stretched.
      aspectScale: 0.9,
      top: 24,
      bottom: 24,
      left: 24,
      right: 24,
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
          itemStyle: {
            color: topThree.has(p.name) ? theme.goldBright : theme.redBright,
            borderColor: theme.text,
            borderWidth: 1.5,
            shadowColor: theme.gold,
            shadowBlur: 12,
          },
        })),
        label: {
          show: true,
          position: 'right',
          distance: 8,
          formatter: (p: { name?: string }) => `{name|${richSafe(p.name ?? '')}} {value|${formatFigure(byName.get(p.name ?? '') ?? 0)}}`,
          rich: {
            name: { color: theme.text, fontSize: theme.labelSize, fontFamily: theme.fontFamily },
            value: { color: theme.goldBright, fontSize: theme.figureSize, fontFamily: theme.numberFontFamily, fontWeight: 700 },
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
