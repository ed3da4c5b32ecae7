/** The wall-text editor's decisions, as plain data. Pure. */
import type { SceneId } from '../../../common/control';
import { wallWidth, type TextLimit, type WallContent } from '../../../common/wallContent';
import type { ContentProblem } from '../../../common/wallContentRules';
import { WALL_TEXT_FIELDS, type TextField } from '../../../common/wallContentSeed';
import { ApiError } from '../../components/auth/apiRequest';
import type { DeskContentWords } from '../../content/deskContent';
import type { Lang } from '../../i18n/lang';
import { ContentSaveError } from './contentApi';

/** The lists each scene shows, edited beside its texts. */
export const SCENE_LISTS = {
  overview: [],
  regional: ['sharedPoints', 'centerAreas', 'townOrder'],
  smart: ['platformParts'],
  brand: ['brands', 'projects'],
} as const satisfies Record<SceneId, ReadonlyArray<keyof Omit<WallContent, 'texts'>>>;

/** The texts of a scene's panels, in the order the seed lists them. */
export function sceneFields(scene: SceneId): Array<{ key: string } & TextField> {
  const fields: Record<string, TextField> = WALL_TEXT_FIELDS[scene];
  return Object.entries(fields).map(([key, field]) => ({ key, ...field }));
}

/** How much of its room a text takes, as the limit counts it: wall width for Chinese, characters for English. */
export function sizeOf(text: string, lang: Lang, limits: TextLimit): { size: number; limit: number; over: boolean } {
  const size = lang === 'zh' ? Math.ceil(wallWidth(text)) : text.length;
  const limit = limits[lang];
  return { size, limit, over: (lang === 'zh' ? wallWidth(text) : size) > limit };
}

/** The problems of a draft, by the path of the field they belong to. */
export function problemsByPath(problems: readonly ContentProblem[]): ReadonlyMap<string, ContentProblem[]> {
  const byPath = new Map<string, ContentProblem[]>();
  for (const problem of problems) byPath.set(problem.path, [...(byPath.get(problem.path) ?? []), problem]);
  return byPath;
}

/** A list with entry `index` moved one place up (-1) or down (+1). */
export function moved<T>(list: readonly T[], index: number, step: -1 | 1): T[] {
  const to = index + step;
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** Why a save or restore did not happen, in the operator's words. */
export function contentProblemText(error: unknown, words: DeskContentWords): string {
  const { problems } = words;
  if (!(error instanceof ApiError)) return problems.other(String(error));
  if (error.status === 0) return problems.unreachable;
  if (error.code === 'stale') return problems.stale;
  if (error.code === 'no_change') return problems.no_change;
  if (error.code === 'invalid_content')
    return error instanceof ContentSaveError && error.problems.length ? problems.count(error.problems.length) : problems.invalid;
  if (error.code === 'storage_unavailable') return problems.storage;
  if (error.status === 403) return problems.forbidden;
  return problems.other(error.message);
}

/** A deep copy a page can edit, or post to its preview (a reactive proxy cannot be cloned across windows). */
export const plainCopy = (content: WallContent): WallContent => JSON.parse(JSON.stringify(content)) as WallContent;
