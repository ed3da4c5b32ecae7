/**
 * The charts only the regional and smart scenes draw (the county map's geo
 * component, town points, the handling trend), registered on the wall's one
 * ECharts core. Imported by those scenes alone, which load on demand, so the
 * main bundle stays lean.
 */
import { LineChart, ScatterChart } from 'echarts/charts';
import { GeoComponent } from 'echarts/components';
import { echarts } from './echarts';

echarts.use([GeoComponent, ScatterChart, LineChart]);

/** ECharts' map registry, on the same core the wall's charts use. */
export const registerMap = echarts.registerMap;
