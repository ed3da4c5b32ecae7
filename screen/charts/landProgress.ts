import type { WallChartOption } from './echarts';
import type { BreakdownEntry } from './breakdownEntries';
import type { ChartTheme } from './theme';
import { paramName, tooltipBase, tooltipLine } from './tooltip';
import { formatFigure } from '../format/numbers';

/**
 * Land acquired by project, each bar measured against all land acquired so
 * that the bars read as each project's share of the 8,000+ mu.
 */
export function buildLandProgressOption(
  projects: readonly BreakdownEntry[],
  totalMu: number,
  theme: ChartTheme,
): WallChartOption {
  const whole = Math.max(totalMu, projects.reduce((sum, p) => sum + p.value, 0), 1);
  const byName = new Map(projects.map((p) => [p.name, p.value]));
  const percent = (mu: number) => `${Math.round((mu / whole) * 100)}%`;
  return {
    animationDurationUpdate: 600,
    tooltip: {
      ...tooltipBase(theme),
      formatter: (params: unknown) => {
        const name = paramName(params);
        const mu = byName.get(name) ?? 0;
        return tooltipLine(name, `${formatFigure(mu)} 亩 · ${percent(mu)}`);
      },
    },
    grid: { top: 34, bottom: 0, left: 4, right: 4 },
    xAxis: { type: 'value', show: false, min: 0, max: whole },
    yAxis: { type: 'category', inverse: true, show: false, data: projects.map((p) => p.name) },
    series: [
      {
        type: 'bar',
        barWidth: 22,
        data: projects.map((p) => ({ name: p.name, value: p.value })),
        itemStyle: { color: theme.gold, borderRadius: 11 },
        showBackground: true,
        backgroundStyle: { color: theme.track, borderRadius: 11 },
        label: {
          show: true,
          position: [0, -28],
          color: theme.text,
          fontSize: theme.labelSize,
          fontFamily: theme.fontFamily,
          formatter: (p: { name?: string; value?: unknown }) =>
            `${p.name ?? ''}  {figure|${formatFigure(Number(p.value))}} 亩 · ${percent(Number(p.value))}`,
          rich: {
            figure: { color: theme.goldBright, fontSize: theme.figureSize, fontFamily: theme.numberFontFamily, fontWeight: 700 },
          },
        },
      },
    ],
  };
}
