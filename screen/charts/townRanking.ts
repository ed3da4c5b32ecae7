import type { WallChartOption } from './echarts';
import type { BreakdownEntry } from './breakdownEntries';
import type { ChartTheme } from './theme';
import { namedFigureTooltip } from './tooltip';
import { formatFigure } from '../format/numbers';

/** Layout of the ranking's plot area in chart pixels; the rows share its height equally. */
export const TOWN_RANKING_GRID = { top: 4, bottom: 4, left: 8, right: 84 } as const;

/**
 * Appeals by town, largest first (ties in the catalog's order), as horizontal
 * bars with their figures. Updates are drawn without animation: when two
 * towns swap places, the row labels change at once, and a bar still gliding
 * from its old value would for a moment show a town above one with more
 * appeals. Counts move by one or two at a time, so the bars still move calmly.
 */
export function buildTownRankingOption(towns: readonly BreakdownEntry[], theme: ChartTheme): WallChartOption {
  const ranked = [...towns].sort((a, b) => b.value - a.value);
  return {
    animationDurationUpdate: 0,
    tooltip: namedFigureTooltip(theme, ranked, '件'),
    grid: { ...TOWN_RANKING_GRID, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'value', show: false, max: (extent: { max: number }) => Math.max(extent.max * 1.18, 1) },
    yAxis: {
      type: 'category',
      inverse: true,
      data: ranked.map((t) => t.name),
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: { color: theme.text, fontSize: theme.labelSize, fontFamily: theme.fontFamily, margin: 12 },
    },
    series: [
      {
        type: 'bar',
        data: ranked.map((t, rank) => ({
          value: t.value,
          itemStyle: { color: rank < 3 ? theme.goldBright : theme.gold, opacity: rank < 3 ? 1 : 0.78 },
        })),
        barWidth: '58%',
        showBackground: true,
        backgroundStyle: { color: theme.track },
        label: {
          show: true,
          position: 'right',
          color: theme.text,
          fontSize: theme.figureSize,
          fontFamily: theme.numberFontFamily,
          fontWeight: 700,
          formatter: (p: { value?: unknown }) => formatFigure(Number(p.value)),
        },
      },
    ],
  };
}
