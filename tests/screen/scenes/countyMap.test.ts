import { describe, expect, it } from 'vitest';
import outline from '../../../assets/maps/lingchuan.geojson?raw';
import towns from '../../../assets/maps/towns.json';
import baseline from '../../../assets/baseline.json';
import { buildCountyMapOption } from '../../../screen/charts/countyMap';
import { attributionLine, mapCredit, pointInOutline, pointInRing, type CountyOutline } from '../../../screen/charts/mapGeometry';
import { WALL_THEME } from '../../../screen/charts/theme';
import { labelSides, townPoints, townSymbolSize } from '../../../screen/charts/townPoints';

const county = JSON.parse(outline) as CountyOutline;

describe('the county map data', () => {
  it('places all 12 towns of the baseline, each inside the county outline', () => {
    const names = baseline.towns.map((t) => t.name);
    expect(Object.keys(towns.towns).sort()).toEqual([...names].sort());
    for (const [name, position] of Object.entries(towns.towns)) {
      expect(pointInOutline([position[0]!, position[1]!], county), name).toBe(true);
    }
  });

  it('keeps the AMap attribution and shows its first clause', () => {
    expect(county.attribution).toContain('AMap');
    expect(attributionLine(county.attribution)).toBe('Boundary: AMap (高德地图)');
    expect(attributionLine(undefined)).toBe('');
  });

  it('credits the boundary in Chinese on the wall, falling back to the attribution when a file gives no Chinese credit', () => {
    expect(mapCredit(county)).toBe('地图边界 © 高德地图（AMap）');
    expect(mapCredit({ attribution: 'Boundary: County survey; CC BY 4.0' })).toBe('Boundary: County survey');
    expect(mapCredit({})).toBe('');
  });

  it('tells inside from outside, holes included', () => {
    const square = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const hole = [
      [4, 4],
      [6, 4],
      [6, 6],
      [4, 6],
      [4, 4],
    ];
    expect(pointInRing([5, 5], square)).toBe(true);
    expect(pointInRing([11, 5], square)).toBe(false);
    const withHole: CountyOutline = {
      type: 'FeatureCollection',
      features: [{ geometry: { type: 'Polygon', coordinates: [square, hole] } }],
    };
    expect(pointInOutline([2, 2], withHole)).toBe(true);
    expect(pointInOutline([5, 5], withHole)).toBe(false);
  });
});

describe('town points', () => {
  it('places towns with a position and names those without one', () => {
    const { points, missing } = townPoints(
      [
        { name: '灵川镇', value: 9 },
        { name: '新镇', value: 1 },
      ],
      towns.towns,
    );
    expect(points).toEqual([{ name: '灵川镇', position: towns.towns['灵川镇'], value: 9 }]);
    expect(missing).toEqual(['新镇']);
  });

  it('puts a label on the left when a town close on the right would sit under it, and the left is clear', () => {
    const at = (name: string, lng: number, lat: number) => ({ name, position: [lng, lat] as const, value: 1 });
    const sides = labelSides([
      at('甲', 110.45, 25.22),
      at('乙', 110.58, 25.22),
      at('丙', 110.3, 25.5),
      at('丁', 110.5, 25.35),
      at('戊', 110.245, 25.34),
    ]);
    expect(sides.get('甲')).toBe('left');
    expect(sides.get('乙')).toBe('right');
    expect(sides.get('丙')).toBe('right');
    // 丁 has a town close on its left as well: its label stays right rather than cover that one's.
    expect(labelSides([at('丁', 110.5, 25.35), at('海', 110.635, 25.325), at('戊', 110.245, 25.34)]).get('丁')).toBe('right');
  });

  it('sizes points by area, within bounds', () => {
    expect(townSymbolSize(0, 100)).toBe(14);
    expect(townSymbolSize(100, 100)).toBe(48);
    expect(townSymbolSize(400, 100)).toBe(48);
    expect(townSymbolSize(25, 100)).toBe(31);
  });
});

describe('the county map option', () => {
  const points = [
    { name: '灵川镇', position: [110.3, 25.4] as const, value: 1180 },
    { name: '{b|x}', position: [110.4, 25.3] as const, value: 20 },
  ];
  type Scatter = {
    data: Array<{ name: string; value: number[]; symbolSize: number }>;
    label: {
      formatter: (p: { name?: string }) => string;
      rich: Record<string, { fontSize: number }>;
      backgroundColor: string;
    };
  };

  it('draws the registered outline and one point per town at its position, largest busiest', () => {
    const option = buildCountyMapOption(points, WALL_THEME, 'test-map');
    expect((option.geo as { map: string }).map).toBe('test-map');
    // Sized by the shorter side, so the county keeps its shape on a wide panel.
    expect((option.geo as { layoutSize: string }).layoutSize).toBeDefined();
    const series = (option.series as Scatter[])[0]!;
    expect(series.data.map((d) => d.value)).toEqual([
      [110.3, 25.4, 1180],
      [110.4, 25.3, 20],
    ]);
    expect(series.data[0]!.symbolSize).toBeGreaterThan(series.data[1]!.symbolSize);
  });

  it('labels at 20 px or more on a dark plate the glowing border cannot run through, with names that cannot inject rich-text markup', () => {
    const series = (buildCountyMapOption(points, WALL_THEME).series as Scatter[])[0]!;
    for (const style of Object.values(series.label.rich)) expect(style.fontSize).toBeGreaterThanOrEqual(20);
    expect(series.label.backgroundColor).toMatch(/rgba\(29, 2, 4/);
    expect(series.label.formatter({ name: '{b|x}' })).toBe('{name|bx} {value|20}');
  });

  it('escapes names in the tooltip', () => {
    const option = buildCountyMapOption([{ name: '<img src=x>', position: [110, 25], value: 3 }], WALL_THEME);
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter({ name: '<img src=x>' })).not.toContain('<img');
  });
});
