/**
 * Whether an edited content document may go on the walls: every text present
 * and within the room its panel has, lists within their bounds, the towns'
 * order a permutation of the catalog's towns, no markup. Pure; each problem is
 * named by its path and told in Chinese and English.
 */
import {
  FIELD_LIMITS,
  LIST_LIMITS,
  PLATFORM_FIGURE_MAX,
  WALL_SCENES,
  wallWidth,
  limitOf,
  type TextLimit,
  type WallContent,
  type Words,
} from './wallContent';
import { WALL_TEXT_FIELDS, type TextField } from './wallContentSeed';

/** One thing wrong with a draft: where (`texts.brand.landTitle.zh`, `brands.2.name`) and why. */
export interface ContentProblem {
  path: string;
  zh: string;
  en: string;
}

export type ContentCheck = { ok: true; content: WallContent } | { ok: false; problems: ContentProblem[] };

/** Markup: the walls show text, never HTML. */
const MARKUP_TAG = /<\s*[a-z!/?]/i;
/** Control characters other than tab and line breaks, which no panel can show. */
const isControl = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return (code < 0x20 && char !== '\t' && char !== '\n') || code === 0x7f;
};
const hasMarkup = (text: string) => MARKUP_TAG.test(text) || [...text].some(isControl);
const PLACEHOLDER = /\{(\w+)\}/g;

type Record_ = Record<string, unknown>;
const isRecord = (value: unknown): value is Record_ => typeof value === 'object' && value !== null && !Array.isArray(value);
const placeholdersOf = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[0]).sort();

class Checker {
  readonly problems: ContentProblem[] = [];

  say(path: string, zh: string, en: string): void {
    this.problems.push({ path, zh, en });
  }

  /** A text of one language: present, short enough, no markup, the seed's placeholders kept. */
  text(
    value: unknown,
    path: string,
    lang: 'zh' | 'en',
    limits: TextLimit,
    options: { optional?: boolean | undefined; seed?: string | undefined } = {},
  ): string {
    if (typeof value !== 'string') {
      this.say(path, '缺少文字', 'text missing');
      return '';
    }
    const text = value;
    const limit = limits[lang];
    const size = lang === 'zh' ? wallWidth(text) : text.length;
    if (text.trim() === '' && !options.optional) this.say(path, '不能为空', 'must not be empty');
    else if (size > limit)
      this.say(path, `太长：${size} 字，最多 ${limit} 字`, `too long: ${Math.ceil(size)} characters, at most ${limit}`);
    if (hasMarkup(text)) this.say(path, '不能含有 HTML 标记或控制字符', 'no HTML markup or control characters');
    const wanted = placeholdersOf(options.seed ?? '');
    if (wanted.join() !== placeholdersOf(text).join())
      this.say(
        path,
        `须保留占位符 ${wanted.join(' ') || '（无）'}，不能增删`,
        `keep the placeholders ${wanted.join(' ') || '(none)'}, no more, no fewer`,
      );
    return text;
  }

  words(value: unknown, path: string, limits: TextLimit, options: { optional?: boolean; seed?: Words } = {}): Words {
    if (!isRecord(value)) {
      this.say(path, '缺少中英文', 'Chinese and English missing');
      return { zh: '', en: '' };
    }
    const zh = this.text(value.zh, `${path}.zh`, 'zh', limits, { optional: options.optional, seed: options.seed?.zh });
    const en = this.text(value.en, `${path}.en`, 'en', limits, { optional: options.optional, seed: options.seed?.en });
    if (options.optional && (zh.trim() === '') !== (en.trim() === ''))
      this.say(path, '中文和英文须同时填写或同时留空', 'fill both languages or neither');
    return { zh, en };
  }

  list<T>(value: unknown, path: string, bounds: { min: number; max: number }, item: (entry: unknown, path: string) => T): T[] {
    if (!Array.isArray(value)) {
      this.say(path, '缺少列表', 'list missing');
      return [];
    }
    if (value.length < bounds.min || value.length > bounds.max)
      this.say(
        path,
        `须有 ${bounds.min} 到 ${bounds.max} 项，现有 ${value.length} 项`,
        `needs ${bounds.min} to ${bounds.max} entries, has ${value.length}`,
      );
    return value.slice(0, bounds.max + 1).map((entry, index) => item(entry, `${path}.${index}`));
  }

  unique(names: readonly string[], path: string): void {
    names.forEach((name, index) => {
      if (name !== '' && names.indexOf(name) !== index)
        this.say(`${path}.${index}`, `与前面重复：${name}`, `repeats an earlier entry: ${name}`);
    });
  }

  /** A name shown as is (brand, project, point), at most `width` wide on the wall. */
  name(value: unknown, path: string, width: number): string {
    return this.text(value, path, 'zh', { zh: width, en: width });
  }
}

function checkTexts(check: Checker, value: unknown): WallContent['texts'] {
  const texts: Record_ = {};
  for (const scene of WALL_SCENES) {
    const fields: Record<string, TextField> = WALL_TEXT_FIELDS[scene];
    const given = isRecord(value) && isRecord(value[scene]) ? value[scene] : {};
    texts[scene] = Object.fromEntries(
      Object.entries(fields).map(([key, field]) => [
        key,
        check.words(given[key], `texts.${scene}.${key}`, limitOf(field), { seed: field.seed }),
      ]),
    );
    for (const key of Object.keys(given)) if (!(key in fields)) check.say(`texts.${scene}.${key}`, '未知的文字项', 'unknown text');
  }
  return texts as WallContent['texts'];
}

function checkTownOrder(check: Checker, value: unknown, towns: readonly string[]): string[] {
  const order = Array.isArray(value) ? value.filter((town): town is string => typeof town === 'string') : [];
  const same = order.length === towns.length && new Set(order).size === towns.length && order.every((town) => towns.includes(town));
  if (!same) check.say('townOrder', `须列出全部 ${towns.length} 个乡镇，每个一次`, `list each of the ${towns.length} towns exactly once`);
  return order;
}

/** Checks an edited document against the catalog's towns; the content comes back when nothing is wrong. */
export function validateWallContent(draft: unknown, catalog: { towns: ReadonlyArray<{ name: string }> }): ContentCheck {
  const check = new Checker();
  const doc = isRecord(draft) ? draft : {};
  if (!isRecord(draft)) check.say('', '内容须为一个对象', 'content must be an object');
  const content: WallContent = {
    texts: checkTexts(check, doc.texts),
    brands: check.list(doc.brands, 'brands', LIST_LIMITS.brands, (entry, path) => ({
      name: check.name(isRecord(entry) ? entry.name : undefined, `${path}.name`, LIST_LIMITS.brands.name),
      story: check.words(isRecord(entry) ? entry.story : undefined, `${path}.story`, FIELD_LIMITS.blurb, { optional: true }),
    })),
    projects: check.list(doc.projects, 'projects', LIST_LIMITS.projects, (entry, path) =>
      check.name(entry, path, LIST_LIMITS.projects.name),
    ),
    sharedPoints: check.list(doc.sharedPoints, 'sharedPoints', LIST_LIMITS.sharedPoints, (entry, path) =>
      check.name(entry, path, LIST_LIMITS.sharedPoints.name),
    ),
    platformParts: check.list(doc.platformParts, 'platformParts', LIST_LIMITS.platformParts, (entry, path) => {
      const part = isRecord(entry) ? entry : {};
      const figure = typeof part.figure === 'string' ? part.figure : '';
      if (figure.trim() === '' || figure.length > PLATFORM_FIGURE_MAX || hasMarkup(figure))
        check.say(`${path}.figure`, `须为 1 到 ${PLATFORM_FIGURE_MAX} 个字符`, `1 to ${PLATFORM_FIGURE_MAX} characters`);
      return {
        figure,
        name: check.words(part.name, `${path}.name`, FIELD_LIMITS.name),
        detail: check.words(part.detail, `${path}.detail`, FIELD_LIMITS.blurb),
      };
    }),
    centerAreas: check.list(doc.centerAreas, 'centerAreas', LIST_LIMITS.centerAreas, (entry, path) =>
      check.words(entry, path, FIELD_LIMITS.name),
    ),
    townOrder: checkTownOrder(
      check,
      doc.townOrder,
      catalog.towns.map((town) => town.name),
    ),
  };
  check.unique(
    content.brands.map((brand) => brand.name),
    'brands',
  );
  check.unique(content.projects, 'projects');
  check.unique(content.sharedPoints, 'sharedPoints');
  return check.problems.length === 0 ? { ok: true, content } : { ok: false, problems: check.problems };
}

/** Whether two documents say the same (the order of keys aside). */
export function sameWallContent(a: WallContent, b: WallContent): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isRecord(value))
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}
