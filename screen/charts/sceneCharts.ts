/**
 * The charts only the regional and smart scenes draw (the county map's geo
 * component, town points, the handling trend and its outage bands), registered on the wall's one
 * ECharts core. Imported by those scenes alone, which load on demand, so the
 * main bundle stays lean.
 */
import { LineChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, MarkAreaComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { echarts } from './echarts';

echarts.use([GeoComponent, MarkAreaComponent, ScatterChart, LineChart, LabelLayout]);

/** ECharts' map registry, on the same core the wall's charts use. */
export const registerMap = echarts.registerMap;
