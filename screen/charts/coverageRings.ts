import type { WallChartOption } from './echarts';
import type { ChartTheme } from './theme';
import { formatFigure } from '../format/numbers';

/** One ring: a figure out of its whole (10 of 10 communities, 100 of 100 %). */
export interface CoverageRing {
  name: string;
  value: number;
  of: number;
  /** How the figure reads inside the ring: `10/10` or `100%`. */
  style: 'fraction' | 'percent';
}

/** Coverage figures as progress rings side by side, each with its figure in the middle and its name below. */
export function buildCoverageRingsOption(rings: readonly CoverageRing[], theme: ChartTheme): WallChartOption {
  const step = 100 / Math.max(rings.length, 1);
  return {
    animationDurationUpdate: 600,
    series: rings.map((ring, i) => ({
      type: 'gauge' as const,
      center: [`${step * (i + 0.5)}%`, '44%'],
      radius: `${Math.min(step * 0.8, 78)}%`,
      startAngle: 90,
      endAngle: -270,
      min: 0,
      max: Math.max(ring.of, 1),
      pointer: { show: false },
      axisTick: { show: false },
      splitLine: { show: false },
      axisLabel: { show: false },
      axisLine: { lineStyle: { width: 14, color: [[1, theme.track]] } },
      progress: { show: true, width: 14, roundCap: true, itemStyle: { color: i % 2 === 0 ? theme.gold : theme.redBright } },
      title: {
        offsetCenter: [0, '128%'],
        color: theme.text,
        fontSize: theme.labelSize,
        fontFamily: theme.fontFamily,
      },
      detail: {
        offsetCenter: [0, 0],
        color: theme.goldBright,
        fontSize: 30,
        fontFamily: theme.numberFontFamily,
        fontWeight: 700,
        formatter: () =>
          ring.style === 'percent'
            ? `${Math.round((ring.value / Math.max(ring.of, 1)) * 100)}%`
            : `${formatFigure(ring.value)}/${formatFigure(ring.of)}`,
      },
      data: [{ name: ring.name, value: Math.min(ring.value, ring.of) }],
    })),
  };
}
