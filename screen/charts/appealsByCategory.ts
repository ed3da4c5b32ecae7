import type { WallChartOption } from './echarts';
import type { BreakdownEntry } from './breakdownEntries';
import type { ChartTheme } from './theme';
import { paramName, tooltipBase, tooltipLine } from './tooltip';
import { formatFigure } from '../format/numbers';

/**
 * Appeals by category as a ring. Slices carry no labels: the wall lists the
 * categories beside it as text (see `categoryLegend`), which never gets
 * truncated in a narrow panel and stays readable text. The centre carries
 * the total the slices share, so the ring's hole says something.
 */
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
        radius: ['52%', '86%'],
        center: ['50%', '50%'],
        startAngle: 100,
        itemStyle: { borderColor: '#2a0406', borderWidth: 3 },
        data: categories.map((c) => ({ name: c.name, value: c.value })),
        label: { show: false },
        labelLine: { show: false },
      },
      // The centre: a silent, invisible disc whose only job is to carry the total as a centred label.
      {
        type: 'pie',
        radius: ['0%', '48%'],
        center: ['50%', '50%'],
        silent: true,
        tooltip: { show: false },
        data: [{ name: '', value: 1, itemStyle: { color: 'transparent' } }],
        label: {
          show: true,
          position: 'center',
          formatter: `{total|${formatFigure(total)}}\n{unit|件}`,
          rich: {
            total: {
              color: theme.goldBright,
              fontSize: Math.round(theme.figureSize * 1.4),
              fontFamily: theme.numberFontFamily,
              fontWeight: 700,
            },
            unit: { color: theme.textDim, fontSize: theme.labelSize, fontFamily: theme.fontFamily, padding: [4, 0, 0, 0] },
          },
        },
        labelLine: { show: false },
      },
    ],
  };
}
