import type { Component } from 'vue';
import OverviewScene from './OverviewScene.vue';

/**
 * The scenes a wall can show, by id. Only the overview exists yet; the
 * playlist and presenter console pick from this table, and heavy scenes
 * (a 3D view) belong here as `defineAsyncComponent` so they load on demand.
 */
export const SCENES = {
  overview: OverviewScene,
} as const satisfies Record<string, Component>;

export type SceneId = keyof typeof SCENES;

export const DEFAULT_SCENE: SceneId = 'overview';
