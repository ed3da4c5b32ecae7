/**
 * The bridge between the playlist's scene ids and the scene table the scenes
 * are registered in. The table may not have every scene yet; a missing one
 * falls back to the default scene rather than leaving the wall blank.
 */
import type { Component } from 'vue';
import { isSceneId, type SceneId } from '../../../common/control';
import * as sceneModule from '../../scenes/scenes';

const table: Partial<Record<string, Component>> = sceneModule.SCENES;

/** The default scene's id, shown before the first control message. */
export const FALLBACK_SCENE: SceneId = isSceneId(sceneModule.DEFAULT_SCENE) ? sceneModule.DEFAULT_SCENE : 'overview';

/** The component that draws `scene`, or the default scene's if it is not registered. */
export function sceneComponent(scene: SceneId): Component {
  return table[scene] ?? table[FALLBACK_SCENE] ?? sceneModule.SCENES[sceneModule.DEFAULT_SCENE];
}

type QueryReader = (search: string) => unknown;

/** The `?scene=` override, read by the scene table's own `sceneFromQuery` when it has one. */
export function sceneOverride(search: string): SceneId | null {
  const reader = (sceneModule as Partial<Record<string, unknown>>).sceneFromQuery;
  const scene = typeof reader === 'function' ? (reader as QueryReader)(search) : null;
  return isSceneId(scene) ? scene : null;
}
