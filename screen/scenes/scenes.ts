import { defineAsyncComponent, type Component } from 'vue';
import type { SceneId } from '../../common/control';
import OverviewScene from './OverviewScene.vue';
import { sceneFromQuery } from './sceneQuery';

export type { SceneId } from '../../common/control';
export { sceneFromQuery } from './sceneQuery';

const lazyScenes = {
  regional: () => import('./RegionalScene.vue'),
  smart: () => import('./SmartScene.vue'),
  brand: () => import('./BrandScene.vue'),
};

/**
 * The scenes a wall can show, keyed by the ids the server's playlist and the
 * presenter use. Only the overview is in the main bundle: the others (the
 * county map's outline, the 3D view) load on demand, or ahead of their turn
 * when the wall is idle (see `prefetchScenes`).
 */
export const SCENES: Record<SceneId, Component> = {
  overview: OverviewScene,
  regional: defineAsyncComponent(lazyScenes.regional),
  smart: defineAsyncComponent(lazyScenes.smart),
  brand: defineAsyncComponent(lazyScenes.brand),
};

/**
 * Loads the other scenes' code while the wall is idle, one at a time, so that
 * fetching and evaluating a scene's chunk (the county outline's parse and
 * registration among it) is not added to the long task of its first switch.
 */
export function prefetchScenes(): void {
  const idle = (run: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 5000 }) : setTimeout(run, 1000);
  const queue = Object.values(lazyScenes);
  const next = () => {
    const load = queue.shift();
    // A failed prefetch is harmless: the scene loads (and reports) when its turn comes. Either way the queue goes on.
    if (load) idle(() => void load().then(next, next));
  };
  next();
}

/** The scene shown before the server says otherwise: the URL's `?scene=` if valid, else the overview. */
export const DEFAULT_SCENE: SceneId = sceneFromQuery(typeof location === 'undefined' ? '' : location.search) ?? 'overview';
