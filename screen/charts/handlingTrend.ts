import type { WallChartOption } from './echarts';
import type { ChartTheme } from './theme';
import { trendLine, trendTimeLabel, type TrendSeries } from './trendSamples';
import { SMART_TEXT } from '../content/scenes';
import { formatFigure } from '../format/numbers';

/** The axis spans at least this long, so the first minutes do not fill it with one point. */
const MIN_WINDOW_MS = 10 * 60_000;

// Read from 5 m: never under 20 px on the 1080p canvas.
const axisLabel = (theme: ChartTheme) => ({
  color: theme.textDim,
  fontSize: Math.max(20, theme.labelSize),
  fontFamily: theme.numberFontFamily,
});

/** Each outage as a shaded band labelled 连接中断, so a break in the lines is read as "not seen", not "no appeals". */
function outageBands(series: TrendSeries, theme: ChartTheme) {
  return {
    silent: true,
    itemStyle: { color: 'rgba(233, 201, 154, 0.12)', borderColor: theme.textDim, borderWidth: 1, borderType: 'dashed' as const },
    label: {
      show: true,
      position: 'insideTop' as const,
      color: theme.textDim,
      fontSize: Math.max(20, theme.labelSize),
      fontFamily: theme.fontFamily,
    },
    data: (series.gaps ?? []).map(
      (gap) =>
        [{ xAxis: gap.from, name: SMART_TEXT.trendOutage.zh }, { xAxis: gap.to }] as [{ xAxis: number; name: string }, { xAxis: number }],
    ),
  };
}

/**
 * Appeals handled and resolved over time, as recorded by this wall since it
 * opened: two lines on a time axis, the handled one with a soft gold fill,
 * both broken across any outage, which is shaded and labelled.
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
    grid: { top: 40, bottom: 8, left: 8, right: 24, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
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
        name: SMART_TEXT.trendHandled.zh,
        showSymbol,
        symbolSize: 10,
        connectNulls: false,
        data: trendLine(series, (s) => s.handled),
        markArea: outageBands(series, theme),
        lineStyle: { color: theme.goldBright, width: 3 },
        itemStyle: { color: theme.goldBright },
        areaStyle: { color: 'rgba(242, 193, 92, 0.16)' },
      },
      {
        type: 'line',
        name: SMART_TEXT.trendResolved.zh,
        showSymbol,
        symbolSize: 10,
        connectNulls: false,
        data: trendLine(series, (s) => s.resolved),
        lineStyle: { color: theme.redBright, width: 3 },
        itemStyle: { color: theme.redBright },
      },
    ],
  };
}
