/**
 * What the walls say that is not a live figure: panel titles, subtitles and
 * captions, the stories, the brands, the introduced projects, the shared
 * activity points, the "1+8+N" platform, the center's areas and the towns'
 * display order. Operators edit it at the desk; every save is a new version.
 * Shared by the server (which stores, validates and pushes it) and the screens.
 */
import type { WALL_TEXT_FIELDS } from './wallContentSeed';

/** One text in both languages; the walls show the Chinese, the kiosk and the desk the reader's language. */
export interface Words {
  zh: string;
  en: string;
}

/** The wall's scenes whose panels carry editable words. */
export const WALL_SCENES = ['overview', 'regional', 'smart', 'brand'] as const;
export type WallScene = (typeof WALL_SCENES)[number];

/**
 * How much room a text has on its panel: a short `label` beside a figure, a
 * panel `title` or `subtitle`, a chart `caption`, a `blurb` on a card, a
 * `story` in a quote, a `name` in a list.
 */
export type FieldKind = 'label' | 'title' | 'subtitle' | 'caption' | 'blurb' | 'story' | 'name';

/**
 * The longest text of each kind, measured as on the wall (a Chinese character
 * is 1, a Latin letter, digit or space about 0.55 of one) for `zh`, and in
 * characters for `en`. Chosen so that the longest allowed text still fits its
 * panel at every wall size (checked in Chromium by `tests/browser/wallContentFit.test.ts`).
 */
export const FIELD_LIMITS: Readonly<Record<FieldKind, { zh: number; en: number }>> = {
  label: { zh: 6, en: 24 },
  title: { zh: 16, en: 56 },
  subtitle: { zh: 26, en: 72 },
  caption: { zh: 28, en: 80 },
  blurb: { zh: 36, en: 90 },
  story: { zh: 64, en: 160 },
  name: { zh: 12, en: 40 },
};

/** The room of one text: its wall width in Chinese, its characters in English. */
export interface TextLimit {
  zh: number;
  en: number;
}

/**
 * How many entries each list may have, and (`name`) how wide a name in it may
 * be: enough for the county, few and short enough to fit their panels.
 */
export const LIST_LIMITS = {
  brands: { min: 1, max: 5, name: 9 },
  projects: { min: 0, max: 6, name: 6 },
  sharedPoints: { min: 0, max: 6, name: FIELD_LIMITS.name.zh },
  centerAreas: { min: 1, max: 12, name: FIELD_LIMITS.name.zh },
  platformParts: { min: 3, max: 3, name: FIELD_LIMITS.name.zh },
} as const;

/** The room a panel text has: its own where its panel is narrower than its kind allows, else its kind's. */
export function limitOf(field: { kind: FieldKind; max?: number }): TextLimit {
  return { zh: field.max ?? FIELD_LIMITS[field.kind].zh, en: FIELD_LIMITS[field.kind].en };
}

/** The longest figure of a "1+8+N" part ("1", "8", "N"). */
export const PLATFORM_FIGURE_MAX = 3;

export type WallTextKey<S extends WallScene> = keyof (typeof WALL_TEXT_FIELDS)[S] & string;

/** The panel texts of every scene, by key. */
export type WallTexts = { [S in WallScene]: Record<WallTextKey<S>, Words> };

/** A party-building brand: its name (shown as is) and what it stands for. */
export interface BrandEntry {
  name: string;
  story: Words;
}

/** One part of the "1+8+N" platform. */
export interface PlatformPart {
  figure: string;
  name: Words;
  detail: Words;
}

export interface WallContent {
  texts: WallTexts;
  brands: BrandEntry[];
  /** The introduced projects known by name, in the order shown. */
  projects: string[];
  /** Shared activity points named on the regional scene. */
  sharedPoints: string[];
  platformParts: PlatformPart[];
  centerAreas: Words[];
  /** The catalog's towns in the order lists show them (ties in a ranking, the map's missing list). */
  townOrder: string[];
}

/** A stored version of the content: who saved it and when. */
export interface WallContentVersion {
  version: number;
  content: WallContent;
  /** The account's name; `seed` for the first version. */
  by: string;
  at: string;
  note: string;
}

/** What `GET /api/content` and the `content` message carry. */
export interface WallContentMessage {
  version: number;
  content: WallContent;
}

/** One line of `GET /api/content/versions`. */
export type WallContentVersionLine = Omit<WallContentVersion, 'content'>;

/** What a text takes on the wall: a Chinese character (or full-width sign) is 1, anything else about 0.55. */
export function wallWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2014\u2026\u201c\u201d\u2018\u2019]/u.test(char) ? 1 : 0.55;
  return Math.round(width * 100) / 100;
}
