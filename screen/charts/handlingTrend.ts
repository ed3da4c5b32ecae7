import type { WallChartOption } from './echarts';
import type { ChartTheme } from './theme';
import { trendTimeLabel, type TrendSeries } from './trendSamples';
import { formatFigure } from '../format/numbers';

/** The axis spans at least this long, so the first minutes do not fill it with one point. */
const MIN_WINDOW_MS = 10 * 60_000;

const axisLabel = (theme: ChartTheme) => ({ color: theme.textDim, fontSize: theme.labelSize - 2, fontFamily: theme.numberFontFamily });

/**
 * Appeals handled and resolved over time, as recorded by this wall since it
 * opened: two lines on a time axis, the handled one with a soft gold fill.
 */
export function buildHandlingTrendOption(series: TrendSeries, theme: ChartTheme): WallChartOption {
  const { samples } = series;
  const first = samples[0]?.at ?? 0;
  const last = samples[samples.length - 1]?.at ?? first;
  const span = last - first;
  // A single point would draw no line: the symbols show where the record starts.
  const showSymbol = samples.length <= 2;
  return {
    animationDurationUpdate: 400,
    grid: { top: 36, bottom: 8, left: 8, right: 24, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'time',
      // From the record's start, never before it: a time axis left alone pads a lone point with a day either side.
      min: first,
      max: Math.max(last, first + MIN_WINDOW_MS),
      axisLine: { lineStyle: { color: theme.gridLine } },
      axisTick: { show: false },
      splitLine: { show: false },
      splitNumber: 4,
      axisLabel: { ...axisLabel(theme), hideOverlap: true, formatter: (value: number) => trendTimeLabel(value, span) },
    },
    yAxis: {
      type: 'value',
      scale: true,
      minInterval: 1,
      splitNumber: 3,
      splitLine: { lineStyle: { color: theme.gridLine, type: 'dashed' } },
      axisLabel: { ...axisLabel(theme), formatter: (value: number) => formatFigure(value) },
    },
    series: [
      {
        type: 'line',
        name: '受理',
        showSymbol,
        symbolSize: 10,
        data: samples.map((s) => [s.at, s.handled]),
        lineStyle: { color: theme.goldBright, width: 3 },
        itemStyle: { color: theme.goldBright },
        areaStyle: { color: 'rgba(242, 193, 92, 0.16)' },
      },
      {
        type: 'line',
        name: '办结',
        showSymbol,
        symbolSize: 10,
        data: samples.map((s) => [s.at, s.resolved]),
        lineStyle: { color: theme.redBright, width: 3 },
        itemStyle: { color: theme.redBright },
      },
    ],
  };
}
