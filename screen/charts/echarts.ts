/**
 * The only place ECharts is assembled: from `echarts/core` with just the
 * charts and components the wall draws, so the bundle carries nothing else.
 */
import * as echarts from 'echarts/core';
import { BarChart, GaugeChart, PieChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { BarSeriesOption, GaugeSeriesOption, LineSeriesOption, PieSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { GeoComponentOption, GridComponentOption, TooltipComponentOption } from 'echarts/components';

echarts.use([BarChart, GaugeChart, PieChart, GridComponent, TooltipComponent, CanvasRenderer]);

/**
 * The option type the builders return: what is registered above, plus the
 * map, scatter and line that only the regional and smart scenes draw. Those
 * are registered by `sceneCharts.ts`, which only those lazily loaded scenes
 * import, so the main bundle does not carry them.
 */
export type WallChartOption = echarts.ComposeOption<
  | BarSeriesOption
  | GaugeSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | GeoComponentOption
  | ScatterSeriesOption
  | LineSeriesOption
>;

export { echarts };
