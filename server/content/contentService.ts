/**
 * The wall's content as the server keeps it: the current version (the seed's
 * words until the first save), edits checked and stored as new versions, and
 * restores of old ones. Says nothing to the walls itself: the caller pushes
 * what a save returns.
 */
import type { Catalog } from '../../common/catalog';
import type { WallContentMessage, WallContentVersion } from '../../common/wallContent';
import { changedContentPaths } from '../../common/wallContentDiff';
import { sameWallContent, validateWallContent, type ContentProblem } from '../../common/wallContentRules';
import { seedWallContent } from '../../common/wallContentSeed';
import type { ContentStore } from './contentStore';

export type SaveRefusal =
  | { ok: false; error: 'stale'; current: number }
  | { ok: false; error: 'invalid_content'; problems: ContentProblem[] }
  | { ok: false; error: 'no_change' }
  | { ok: false; error: 'unknown_version' };

export type SaveResult = { ok: true; saved: WallContentVersion; changed: string[] } | SaveRefusal;

export interface ContentService {
  current(): WallContentMessage;
  /** Stores `draft` as the version after `version`, by `by`; refuses a stale, invalid or unchanged edit. */
  save(version: number, draft: unknown, by: string, note?: string): SaveResult;
  /** A new version equal to version `n`, made from the version the operator saw. */
  restore(n: number, seen: number, by: string): SaveResult;
}

/** Version 0 is the seed's words, never stored: the first save is version 1. */
export function createContentService(store: ContentStore, catalog: Catalog, now: () => number): ContentService {
  const seed: WallContentVersion = { version: 0, content: seedWallContent(catalog), by: 'seed', at: '', note: '' };
  const head = () => store.latest() ?? seed;

  function save(version: number, draft: unknown, by: string, note = ''): SaveResult {
    const before = head();
    if (version !== before.version) return { ok: false, error: 'stale', current: before.version };
    const checked = validateWallContent(draft, catalog);
    if (!checked.ok) return { ok: false, error: 'invalid_content', problems: checked.problems };
    if (sameWallContent(checked.content, before.content)) return { ok: false, error: 'no_change' };
    const saved = store.append(version, { content: checked.content, by, at: new Date(now()).toISOString(), note });
    if (!saved) return { ok: false, error: 'stale', current: head().version };
    return { ok: true, saved, changed: changedContentPaths(before.content, checked.content) };
  }

  return {
    current: () => {
      const { version, content } = head();
      return { version, content };
    },
    save,
    restore: (n, seen, by) => {
      const old = n === 0 ? seed : store.version(n);
      if (!old) return { ok: false, error: 'unknown_version' };
      return save(seen, old.content, by, `restore ${n}`);
    },
  };
}
