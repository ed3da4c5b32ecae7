import { defineAsyncComponent, type Component } from 'vue';
import type { SceneId } from '../../common/control';
import OverviewScene from './OverviewScene.vue';
import { sceneFromQuery } from './sceneQuery';

export type { SceneId } from '../../common/control';
export { sceneFromQuery } from './sceneQuery';

/**
 * The scenes a wall can show, keyed by the ids the server's playlist and the
 * presenter use. Only the overview is in the main bundle: the others (the
 * county map's outline, the 3D view) load the first time they are shown.
 */
export const SCENES: Record<SceneId, Component> = {
  overview: OverviewScene,
  regional: defineAsyncComponent(() => import('./RegionalScene.vue')),
  smart: defineAsyncComponent(() => import('./SmartScene.vue')),
  brand: defineAsyncComponent(() => import('./BrandScene.vue')),
};

/** The scene shown before the server says otherwise: the URL's `?scene=` if valid, else the overview. */
export const DEFAULT_SCENE: SceneId = sceneFromQuery(typeof location === 'undefined' ? '' : location.search) ?? 'overview';
