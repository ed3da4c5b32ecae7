import type { InjectionKey, Ref } from 'vue';
import type { Fit } from './fit';

/** How the canvas is scaled, provided by the wall's root to every chart. */
export const FIT_KEY: InjectionKey<Readonly<Ref<Fit>>> = Symbol('wall-fit');
