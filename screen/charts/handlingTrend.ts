import type { WallChartOption } from './echarts';
import type { ChartTheme } from './theme';
import { trendLine, trendTimeLabel, type TrendSeries } from './trendSamples';
import type { Words } from '../../common/wallContent';
import { WALL_TEXT_FIELDS } from '../../common/wallContentSeed';
import { formatFigure } from '../format/numbers';

/** The names of the lines and of an outage, as the wall's content says them. */
export interface TrendWords {
  trendHandled: Words;
  trendResolved: Words;
  trendOutage: Words;
}

/** The seed's names, for callers without the content at hand. */
const { trendHandled, trendResolved, trendOutage } = WALL_TEXT_FIELDS.smart;
const TREND_WORDS: TrendWords = { trendHandled: trendHandled.seed, trendResolved: trendResolved.seed, trendOutage: trendOutage.seed };

/** The axis spans at least this long, so the first minutes do not fill it with one point. */
const MIN_WINDOW_MS = 10 * 60_000;

// Read from 5 m: never under 20 px on the 1080p canvas.
const axisLabel = (theme: ChartTheme) => ({
  color: theme.textDim,
  fontSize: Math.max(20, theme.labelSize),
  fontFamily: theme.numberFontFamily,
});

/** Each outage as a shaded band labelled 连接中断, so a break in the lines is read as "not seen", not "no appeals". */
function outageBands(series: TrendSeries, theme: ChartTheme, outage: string) {
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
      (gap) => [{ xAxis: gap.from, name: outage }, { xAxis: gap.to }] as [{ xAxis: number; name: string }, { xAxis: number }],
    ),
  };
}

/**
 * Appeals handled and resolved over time, as recorded by this wall since it
 * opened: two lines on a time axis, the handled one with a soft gold fill,
 * both broken across any outage, which is shaded and labelled.
 */
export function buildHandlingTrendOption(series: TrendSeries, theme: ChartTheme, words: TrendWords = TREND_WORDS): WallChartOption {
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
        name: words.trendHandled.zh,
        showSymbol,
        symbolSize: 10,
        connectNulls: false,
        data: trendLine(series, (s) => s.handled),
        markArea: outageBands(series, theme, words.trendOutage.zh),
        lineStyle: { color: theme.goldBright, width: 3 },
        itemStyle: { color: theme.goldBright },
        areaStyle: { color: 'rgba(242, 193, 92, 0.16)' },
      },
      {
        type: 'line',
        name: words.trendResolved.zh,
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
