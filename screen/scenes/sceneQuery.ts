import { isSceneId, type SceneId } from '../../common/control';

/**
 * The scene a wall was asked for in its URL (`?scene=brand`), or null. Lets
 * a wall, a test or an operator open one scene directly; an unknown name is
 * ignored rather than showing a blank wall.
 */
export function sceneFromQuery(search: string): SceneId | null {
  const value = new URLSearchParams(search).get('scene')?.trim().toLowerCase();
  return isSceneId(value) ? value : null;
}
