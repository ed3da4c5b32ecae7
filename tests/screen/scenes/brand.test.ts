import { describe, expect, it } from 'vitest';
import baseline from '../../../assets/baseline.json';
import { parseSizeExpression } from '../../../screen/charts/glExpressions';
import { introducedProjects } from '../../../screen/charts/introducedProjects';
import { buildLandBar3dOption } from '../../../screen/charts/landBar3d';
import { WALL_THEME } from '../../../screen/charts/theme';
import { sceneFromQuery } from '../../../screen/scenes/sceneQuery';

describe('the introduced projects', () => {
  it('shows the six names the report gives and "等 8 个"', () => {
    expect(introducedProjects(baseline.projects, 8)).toEqual({ names: baseline.projects, more: '等 8 个' });
  });

  it('says nothing more when every project is named, and shows the names before the count arrives', () => {
    expect(introducedProjects(['甲', '乙'], 2).more).toBe('');
    expect(introducedProjects(['甲', '乙'], 0)).toEqual({ names: ['甲', '乙'], more: '' });
  });
});

describe('the 3D land view', () => {
  const projects = [
    { name: '桂林北动车所', value: 5200 },
    { name: '西货运中心站', value: 2800 },
  ];
  type Bar3D = {
    type: string;
    data: Array<{ value: number[] }>;
    label: { fontSize: number; formatter: (p: { value?: unknown }) => string };
  };

  it('draws one column per project with its figure, on a fixed camera', () => {
    const option = buildLandBar3dOption(projects, WALL_THEME);
    const series = (option.series as Bar3D[])[0]!;
    expect(series.type).toBe('bar3D');
    expect(series.data.map((d) => d.value)).toEqual([
      [0, 0, 5200],
      [1, 0, 2800],
    ]);
    expect((option.xAxis3D as { data: string[] }).data).toEqual(['桂林北动车所', '西货运中心站']);
    expect(series.label.formatter({ value: [0, 0, 5200] })).toBe('5,200 亩');
    expect((option.grid3D as { viewControl: { rotateSensitivity: number } }).viewControl.rotateSensitivity).toBe(0);
    expect(series.label.fontSize).toBeGreaterThanOrEqual(28);
  });

  it('does not change its input', () => {
    const input = projects.map((p) => ({ ...p }));
    buildLandBar3dOption(input, WALL_THEME);
    expect(input).toEqual(projects);
  });
});

describe("echarts-gl's size expressions, read without eval", () => {
  it('reads every form echarts-gl uses', () => {
    expect(parseSizeExpression('expr(width * 1.0 / 2)')?.(800, 600)).toBe(400);
    expect(parseSizeExpression('expr(height * 1.0)')?.(800, 600)).toBe(600);
    expect(parseSizeExpression('expr( [width * 1.0 / 16, height / 16] )')?.(800, 640)).toEqual([50, 40]);
    expect(parseSizeExpression('expr([width * 1.0 / 2, height / 2])')?.(800, 600)).toEqual([400, 300]);
  });

  it('leaves anything else alone', () => {
    expect(parseSizeExpression('expr(alert(1))')).toBeNull();
    expect(parseSizeExpression('#source')).toBeNull();
  });
});

describe('the ?scene= override', () => {
  it('reads a known scene id and ignores anything else', () => {
    expect(sceneFromQuery('?scene=brand&group=main')).toBe('brand');
    expect(sceneFromQuery('?scene=Regional')).toBe('regional');
    expect(sceneFromQuery('?scene=nope')).toBeNull();
    expect(sceneFromQuery('')).toBeNull();
  });
});
