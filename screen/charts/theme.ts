/**
 * The wall's colours and type, shared by the CSS (as custom properties, see
 * styles/theme.css) and the chart option builders, which cannot read CSS.
 */
export interface ChartTheme {
  text: string;
  textDim: string;
  gold: string;
  goldBright: string;
  red: string;
  redBright: string;
  track: string;
  gridLine: string;
  tooltipBackground: string;
  /** A series' colours, most prominent first. */
  palette: readonly string[];
  fontFamily: string;
  numberFontFamily: string;
  /** Smallest label on the 1920x1080 canvas: readable from 5 m (never under 20). */
  labelSize: number;
  /** Figures inside charts. */
  figureSize: number;
}

export const WALL_THEME: ChartTheme = {
  text: '#fdeed2',
  textDim: '#e9c99a',
  gold: '#f2c15c',
  goldBright: '#ffe08a',
  red: '#d3272c',
  redBright: '#ff5a4e',
  track: 'rgba(242, 193, 92, 0.14)',
  gridLine: 'rgba(242, 193, 92, 0.18)',
  tooltipBackground: 'rgba(48, 6, 8, 0.94)',
  palette: ['#f2c15c', '#ff6b57', '#ffa94d', '#e8e0c8', '#c0392b', '#d9a441'],
  fontFamily: '"Noto Sans SC Variable", "Noto Sans CJK SC", sans-serif',
  numberFontFamily: 'Rajdhani, "Noto Sans SC Variable", sans-serif',
  labelSize: 22,
  figureSize: 26,
};
