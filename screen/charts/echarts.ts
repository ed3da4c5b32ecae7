/**
 * The only place ECharts is assembled: from `echarts/core` with just the
 * charts and components the wall draws, so the bundle carries nothing else.
 */
import * as echarts from 'echarts/core';
import { BarChart, GaugeChart, PieChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { BarSeriesOption, GaugeSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';

echarts.use([BarChart, GaugeChart, PieChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** The option type the builders return: only what is registered above. */
export type WallChartOption = echarts.ComposeOption<
  BarSeriesOption | GaugeSeriesOption | PieSeriesOption | GridComponentOption | TooltipComponentOption
>;

export { echarts };
