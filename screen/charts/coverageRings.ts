import type { WallChartOption } from './echarts';
import type { ChartTheme } from './theme';

/** One ring: a figure out of its whole (10 of 10 communities, 100 of 100 %). */
export interface CoverageRing {
  value: number;
  of: number;
}

/**
 * A coverage figure as a progress ring. The figure itself is not drawn here:
 * the wall lays a live counter over the ring's centre, so it rolls like every
 * other figure and stays readable text.
 */
export function buildCoverageRingOption(ring: CoverageRing, theme: ChartTheme, color = theme.gold): WallChartOption {
  const whole = Math.max(ring.of, 1);
  return {
    animationDurationUpdate: 600,
    series: [
      {
        type: 'gauge',
        center: ['50%', '50%'],
        radius: '92%',
        startAngle: 90,
        endAngle: -270,
        min: 0,
        max: whole,
        pointer: { show: false },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        title: { show: false },
        detail: { show: false },
        axisLine: { lineStyle: { width: 14, color: [[1, theme.track]] } },
        progress: { show: true, width: 14, roundCap: true, itemStyle: { color } },
        data: [{ value: Math.min(Math.max(ring.value, 0), whole) }],
      },
    ],
  };
}
