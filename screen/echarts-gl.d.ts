/**
 * echarts-gl ships no types. The wall uses only its install functions, which
 * `echarts.use` accepts; their options are plain objects built by
 * `charts/countyLand3d.ts`.
 */
declare module 'echarts-gl/charts' {
  import type { use } from 'echarts/core';
  type Installer = Exclude<Parameters<typeof use>[0], unknown[]>;
  export const Bar3DChart: Installer;
  export const Scatter3DChart: Installer;
}

declare module 'echarts-gl/components' {
  import type { use } from 'echarts/core';
  type Installer = Exclude<Parameters<typeof use>[0], unknown[]>;
  export const Geo3DComponent: Installer;
}

declare module 'echarts-gl/lib/effect/composite.js' {
  /** The post-effect pipeline's description, shared with echarts-gl's EffectCompositor (rewritten by the wall, see echartsGlWithoutEval.ts). */
  const effectJson: unknown;
  export default effectJson;
}
