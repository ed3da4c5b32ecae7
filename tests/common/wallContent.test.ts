import { describe, expect, it } from 'vitest';
import { FIELD_LIMITS, LIST_LIMITS, limitOf, wallWidth, type WallContent } from '../../common/wallContent';
import { changedContentPaths } from '../../common/wallContentDiff';
import { sameWallContent, validateWallContent, type ContentProblem } from '../../common/wallContentRules';
import { seedWallContent, WALL_TEXT_FIELDS } from '../../common/wallContentSeed';

const towns = ['灵川镇', '大圩镇', '定江镇'].map((name) => ({ name }));
const catalog = { towns };
const seed = () => seedWallContent({ towns, brands: ['项目先锋', '新品牌'], projects: ['桂康物流'], communities: ['七彩社区'] });

/** A copy of the seed changed by `edit`, checked. */
function checked(edit: (draft: WallContent) => void) {
  const draft = structuredClone(seed());
  edit(draft);
  return validateWallContent(draft, catalog);
}
const problemsOf = (result: ReturnType<typeof validateWallContent>): ContentProblem[] => (result.ok ? [] : result.problems);
const pathsOf = (result: ReturnType<typeof validateWallContent>) => problemsOf(result).map((p) => p.path);

describe('the wall content validation', () => {
  it('accepts the seed, which is the first version', () => {
    const result = validateWallContent(seed(), catalog);
    expect(result).toEqual({ ok: true, content: seed() });
  });

  it('keeps the seed brand stories and leaves a brand the baseline adds without one', () => {
    expect(seed().brands).toEqual([
      {
        name: '项目先锋',
        story: { zh: '重点项目指挥部临时党支部，党旗插在项目建设一线', en: 'Temporary branches at the project headquarters' },
      },
      { name: '新品牌', story: { zh: '', en: '' } },
    ]);
  });

  it('refuses an empty title in either language, naming the field in Chinese and English', () => {
    const result = checked((d) => (d.texts.brand.landTitle = { zh: '  ', en: 'Land' }));
    expect(problemsOf(result)).toEqual([{ path: 'texts.brand.landTitle.zh', zh: '不能为空', en: 'must not be empty' }]);
  });

  it('refuses a title longer than its panel has room for, and says how long it is', () => {
    const room = limitOf(WALL_TEXT_FIELDS.overview.appealsTitle).zh;
    expect(room).toBeLessThan(FIELD_LIMITS.title.zh); // a quarter-wide panel: less than a title has elsewhere
    const result = checked((d) => (d.texts.overview.appealsTitle.zh = '很'.repeat(room + 1)));
    expect(problemsOf(result)).toEqual([
      {
        path: 'texts.overview.appealsTitle.zh',
        zh: `太长：${room + 1} 字，最多 ${room} 字`,
        en: `too long: ${room + 1} characters, at most ${room}`,
      },
    ]);
  });

  it('accepts a title exactly at the limit, and counts Latin letters narrower than Chinese', () => {
    const room = limitOf(WALL_TEXT_FIELDS.smart.appealsTitle).zh;
    expect(checked((d) => (d.texts.smart.appealsTitle.zh = '很'.repeat(room))).ok).toBe(true);
    // 20 Latin letters take 11 Chinese characters' room: within a 12-wide title, though 20 Chinese ones are not.
    expect(checked((d) => (d.texts.smart.appealsTitle.zh = 'abcdefghijklmnopqrst')).ok).toBe(true);
    expect(checked((d) => (d.texts.smart.appealsTitle.zh = '很'.repeat(20))).ok).toBe(false);
    expect(wallWidth('灵川 2026')).toBe(2 + 5 * 0.55);
    expect(wallWidth('县—乡镇…')).toBe(5);
  });

  it('gives a story more room than a title', () => {
    const room = limitOf(WALL_TEXT_FIELDS.brand.projectsStory).zh;
    expect(room).toBeGreaterThan(3 * limitOf(WALL_TEXT_FIELDS.brand.projectsTitle).zh);
    const story = '党'.repeat(room);
    expect(checked((d) => (d.texts.brand.projectsStory.zh = story)).ok).toBe(true);
    expect(pathsOf(checked((d) => (d.texts.brand.projectsStory.zh = `${story}党`)))).toEqual(['texts.brand.projectsStory.zh']);
  });

  it('bounds brand and project names by the room their cards have', () => {
    expect(pathsOf(checked((d) => (d.brands[0]!.name = '党'.repeat(LIST_LIMITS.brands.name + 1))))).toEqual(['brands.0.name']);
    expect(pathsOf(checked((d) => (d.projects[0] = '党'.repeat(LIST_LIMITS.projects.name + 1))))).toEqual(['projects.0']);
  });

  it('refuses HTML markup', () => {
    const result = checked((d) => (d.brands[0]!.story.en = 'a <b>bold</b> claim'));
    expect(problemsOf(result)).toEqual([
      { path: 'brands.0.story.en', zh: '不能含有 HTML 标记或控制字符', en: 'no HTML markup or control characters' },
    ]);
  });

  it('refuses a text that drops or adds a placeholder the wall fills in', () => {
    expect(pathsOf(checked((d) => (d.texts.overview.rankingCaption.zh = '乡镇诉求排行')))).toEqual(['texts.overview.rankingCaption.zh']);
    expect(pathsOf(checked((d) => (d.texts.overview.appealsTitle.en = 'Appeals {count}')))).toEqual(['texts.overview.appealsTitle.en']);
    expect(checked((d) => (d.texts.overview.rankingCaption.zh = '全县 {count} 个乡镇的诉求')).ok).toBe(true);
  });

  it('refuses a missing text and a text it does not know', () => {
    const result = checked((d) => {
      delete (d.texts.smart as Record<string, unknown>).trendTitle;
      (d.texts.smart as Record<string, unknown>).extra = { zh: '多余', en: 'extra' };
    });
    expect(pathsOf(result)).toEqual(['texts.smart.trendTitle', 'texts.smart.extra']);
  });

  it('lets a brand go without a story, but not with only one language of it', () => {
    expect(checked((d) => (d.brands[0]!.story = { zh: '', en: '' })).ok).toBe(true);
    expect(pathsOf(checked((d) => (d.brands[0]!.story = { zh: '有中文', en: '' })))).toEqual(['brands.0.story']);
  });

  it('bounds the lists and refuses a repeated name', () => {
    expect(pathsOf(checked((d) => (d.brands = [])))).toEqual(['brands']);
    expect(pathsOf(checked((d) => (d.sharedPoints = Array.from({ length: 7 }, (_, i) => `社区${i}`))))).toEqual(['sharedPoints']);
    expect(pathsOf(checked((d) => (d.projects = ['桂康物流', '桂康物流'])))).toEqual(['projects.1']);
    expect(checked((d) => (d.projects = [])).ok).toBe(true);
  });

  it('keeps the "1+8+N" platform at three parts with short figures', () => {
    expect(pathsOf(checked((d) => d.platformParts.pop()))).toEqual(['platformParts']);
    expect(pathsOf(checked((d) => (d.platformParts[2]!.figure = 'NNNN')))).toEqual(['platformParts.2.figure']);
  });

  it('requires the towns in an order that lists each of the catalog’s towns once', () => {
    expect(checked((d) => (d.townOrder = ['定江镇', '灵川镇', '大圩镇'])).ok).toBe(true);
    const once = { path: 'townOrder', zh: '须列出全部 3 个乡镇，每个一次', en: 'list each of the 3 towns exactly once' };
    expect(problemsOf(checked((d) => (d.townOrder = ['定江镇', '灵川镇'])))).toEqual([once]);
    expect(problemsOf(checked((d) => (d.townOrder = ['定江镇', '灵川镇', '灵川镇'])))).toEqual([once]);
    expect(problemsOf(checked((d) => (d.townOrder = ['定江镇', '灵川镇', '别处镇'])))).toEqual([once]);
  });

  it('refuses something that is not a document at all, with every problem listed', () => {
    const result = validateWallContent('hello', catalog);
    expect(result.ok).toBe(false);
    expect(pathsOf(result)).toContain('');
    expect(pathsOf(result)).toContain('brands');
  });
});

describe('comparing and describing content versions', () => {
  it('finds two documents the same whatever the order of their keys', () => {
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : value;
    expect(sameWallContent(seed(), reversed(seed()) as WallContent)).toBe(true);
    expect(sameWallContent(seed(), { ...seed(), projects: [] })).toBe(false);
  });

  it('names the texts and lists an edit changed', () => {
    const after = structuredClone(seed());
    after.texts.brand.brandsTitle.zh = '品牌';
    after.townOrder.reverse();
    expect(changedContentPaths(seed(), after)).toEqual(['texts.brand.brandsTitle', 'townOrder']);
  });
});
