import type { BreakdownEntry } from './breakdownEntries';
import type { ChartTheme } from './theme';
import { formatFigure } from '../format/numbers';

/** An echarts-gl option: echarts-gl has no types, so the builder's shape is its contract (see tests). */
export type GlChartOption = Record<string, unknown>;

/**
 * Land acquired by project as 3D columns on a gold grid, each labelled with
 * its figure in 亩. The camera is fixed: nobody at a wall drags it, and a
 * still scene costs no GPU time between updates. Updates jump rather than
 * glide: each 3D frame is a full WebGL render, and where the wall has no GPU
 * (software WebGL) each one blocks the page for ~50 ms, so a 600 ms glide
 * would be a dozen long tasks per update.
 */
export function buildLandBar3dOption(projects: readonly BreakdownEntry[], theme: ChartTheme): GlChartOption {
  const axisText = { color: theme.text, fontSize: theme.labelSize, fontFamily: theme.fontFamily };
  const max = Math.max(1, ...projects.map((p) => p.value));
  return {
    tooltip: { show: false },
    xAxis3D: { type: 'category', name: '', data: projects.map((p) => p.name), axisLabel: { interval: 0, ...axisText } },
    yAxis3D: { type: 'category', name: '', data: ['征地'], axisLabel: { show: false } },
    zAxis3D: {
      type: 'value',
      // The unit is on each column's label; an axis name would sit on the tick labels.
      name: '',
      max: Math.ceil((max * 1.2) / 1000) * 1000,
      axisLabel: { ...axisText, color: theme.textDim, fontFamily: theme.numberFontFamily },
    },
    grid3D: {
      boxWidth: 150,
      boxDepth: 40,
      boxHeight: 90,
      environment: 'none',
      axisLine: { lineStyle: { color: theme.gold, width: 2 } },
      axisTick: { show: false },
      splitLine: { lineStyle: { color: theme.gridLine } },
      axisPointer: { show: false },
      light: { main: { intensity: 1.3, alpha: 40, beta: 30, shadow: false }, ambient: { intensity: 0.45 } },
      viewControl: { animation: false, alpha: 16, beta: 24, distance: 165, rotateSensitivity: 0, zoomSensitivity: 0, panSensitivity: 0 },
    },
    series: [
      {
        type: 'bar3D',
        shading: 'lambert',
        barSize: 26,
        data: projects.map((p, i) => ({
          value: [i, 0, p.value],
          itemStyle: { color: theme.palette[i % theme.palette.length] },
        })),
        label: {
          show: true,
          distance: 4,
          formatter: (params: { value?: unknown }) => `${formatFigure(Number(Array.isArray(params.value) ? params.value[2] : 0))} 亩`,
          color: theme.goldBright,
          fontSize: theme.figureSize + 6,
          fontFamily: theme.numberFontFamily,
          fontWeight: 700,
        },
        emphasis: { label: { show: true } },
        animation: false,
      },
    ],
  };
}
