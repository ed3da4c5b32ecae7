import { describe, expect, it } from 'vitest';
import baseline from '../../../assets/baseline.json';
import { parseSizeExpression } from '../../../screen/charts/glExpressions';
import outline from '../../../assets/maps/lingchuan.geojson?raw';
import sitesJson from '../../../assets/maps/sites.json';
import { buildCountyLand3dOption, landSites, rotatesSmoothly } from '../../../screen/charts/countyLand3d';
import { introducedProjects } from '../../../screen/charts/introducedProjects';
import { pointInOutline, type CountyOutline } from '../../../screen/charts/mapGeometry';
import { WALL_THEME } from '../../../screen/charts/theme';
import { sceneFromQuery } from '../../../screen/scenes/sceneQuery';

const county = JSON.parse(outline) as CountyOutline;

describe('the introduced projects', () => {
  it('shows the six names the report gives and "等 8 个"', () => {
    expect(introducedProjects(baseline.projects, 8)).toEqual({ names: baseline.projects, more: '等 8 个' });
  });

  it('says nothing more when every project is named, and shows the names before the count arrives', () => {
    expect(introducedProjects(['甲', '乙'], 2).more).toBe('');
    expect(introducedProjects(['甲', '乙'], 0)).toEqual({ names: ['甲', '乙'], more: '' });
  });
});

describe('the 3D county with the project sites', () => {
  const projects = [
    { name: '桂林北动车所', value: 5200 },
    { name: '西货运中心站', value: 2800 },
    { name: '新项目', value: 100 },
  ];
  const towns = [{ name: '灵川镇', position: [110.325, 25.41] as const, value: 1180 }];
  const settings = { mapName: 'lingchuan', autoRotate: true, unit: '亩' };
  type Series = {
    type: string;
    coordinateSystem: string;
    data: Array<{ name: string; value: number[]; label?: { formatter: string; fontSize: number } }>;
  };

  it('stands each project site with its land as a column on the county map, labelled with its figure', () => {
    const { sites, missing } = landSites(projects, sitesJson.sites);
    expect(missing).toEqual(['新项目']);
    const option = buildCountyLand3dOption(sites, towns, WALL_THEME, settings);
    expect((option.geo3D as { map: string }).map).toBe('lingchuan');
    const [bars, dots] = option.series as Series[];
    expect(bars!.type).toBe('bar3D');
    expect(bars!.coordinateSystem).toBe('geo3D');
    expect(bars!.data.map((d) => d.value)).toEqual([
      [110.3, 25.37, 5200],
      [110.24, 25.34, 2800],
    ]);
    expect(bars!.data.map((d) => d.label?.formatter)).toEqual(['桂林北动车所 5,200 亩', '西货运中心站 2,800 亩']);
    for (const bar of bars!.data) expect(bar.label!.fontSize).toBeGreaterThanOrEqual(20);
    // The towns stand at altitude 0, so the columns rise from the ground.
    expect(dots!.type).toBe('scatter3D');
    expect(dots!.data).toEqual([{ name: '灵川镇', value: [110.325, 25.41, 0] }]);
  });

  it('uses only the wall palette', () => {
    const option = buildCountyLand3dOption(landSites(projects, sitesJson.sites).sites, towns, WALL_THEME, settings);
    const colours = (option.series as Array<{ data: Array<{ itemStyle?: { color: string } }> }>)[0]!.data.map((d) => d.itemStyle?.color);
    for (const colour of colours) expect(WALL_THEME.palette).toContain(colour);
  });

  it('turns slowly when asked and never lets anyone drag it', () => {
    const view = (autoRotate: boolean) =>
      (
        buildCountyLand3dOption([], towns, WALL_THEME, { ...settings, autoRotate }).geo3D as {
          viewControl: Record<string, number | boolean>;
        }
      ).viewControl;
    expect(view(true).autoRotate).toBe(true);
    expect(view(true).autoRotateSpeed).toBeLessThanOrEqual(6);
    expect(view(false).autoRotate).toBe(false);
    expect(view(true).rotateSensitivity).toBe(0);
    expect(view(true).zoomSensitivity).toBe(0);
  });

  it('rotates only where the GPU draws frames cheaply', () => {
    expect(rotatesSmoothly('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)')).toBe(false);
    expect(rotatesSmoothly('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(false);
    expect(rotatesSmoothly('ANGLE (Intel, Intel(R) UHD Graphics 630 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(true);
  });

  it('places both sites inside the county outline', () => {
    for (const [name, [lng, lat]] of Object.entries(sitesJson.sites)) {
      expect(pointInOutline([lng!, lat!], county), name).toBe(true);
    }
  });

  it('does not change its input and gives a fresh option each time', () => {
    const input = projects.map((p) => ({ ...p }));
    const { sites } = landSites(input, sitesJson.sites);
    const first = buildCountyLand3dOption(sites, towns, WALL_THEME, settings);
    expect(input).toEqual(projects);
    expect(buildCountyLand3dOption(sites, towns, WALL_THEME, settings)).not.toBe(first);
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
