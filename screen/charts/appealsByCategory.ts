import type { WallChartOption } from './echarts';
import type { BreakdownEntry } from './breakdownEntries';
import type { ChartTheme } from './theme';
import { paramName, tooltipBase, tooltipLine } from './tooltip';
import { formatFigure } from '../format/numbers';

/** Appeals by category as a ring, each slice labelled with its name, count and share. */
export function buildAppealsByCategoryOption(categories: readonly BreakdownEntry[], theme: ChartTheme): WallChartOption {
  const total = categories.reduce((sum, c) => sum + c.value, 0);
  const byName = new Map(categories.map((c) => [c.name, c.value]));
  const share = (value: number) => (total > 0 ? `${Math.round((value / total) * 100)}%` : '0%');
  return {
    color: [...theme.palette],
    animationDurationUpdate: 600,
    tooltip: {
      ...tooltipBase(theme),
      formatter: (params: unknown) => {
        const name = paramName(params);
        const value = byName.get(name) ?? 0;
        return tooltipLine(name, `${formatFigure(value)} 件 · ${share(value)}`);
      },
    },
    series: [
      {
        type: 'pie',
        radius: ['42%', '66%'],
        center: ['50%', '52%'],
        startAngle: 100,
        avoidLabelOverlap: true,
        itemStyle: { borderColor: '#2a0406', borderWidth: 3 },
        data: categories.map((c) => ({ name: c.name, value: c.value })),
        label: {
          color: theme.text,
          fontSize: theme.labelSize,
          fontFamily: theme.fontFamily,
          lineHeight: 24,
          formatter: (p: { name?: string; value?: unknown }) =>
            `${p.name ?? ''}\n{figure|${formatFigure(Number(p.value))}} ${share(Number(p.value))}`,
          rich: {
            figure: { color: theme.goldBright, fontSize: theme.figureSize, fontFamily: theme.numberFontFamily, fontWeight: 700 },
          },
        },
        labelLine: { length: 10, length2: 14, lineStyle: { color: theme.gridLine, width: 2 } },
      },
    ],
  };
}
