import type { EChartsType } from 'echarts/core';
import { inject, markRaw, onBeforeUnmount, onMounted, watch, type Ref } from 'vue';
import type { WallChartOption } from '../charts/echarts';
import { FIT_KEY } from '../layout/fitContext';
import { queueChartWork, STAGGER_CHARTS } from './chartQueue';
import { observeSizeChanges, optionKey } from './chartSizing';

/**
 * ECharts is loaded apart from the wall's first code: the counters, which are
 * what a visitor reads first, are drawn while the chart library is still on
 * its way. The import is shared, so every chart waits for the same one load.
 */
const loadEcharts = () => import('../charts/echarts').then((module) => module.echarts);

/**
 * One ECharts instance for one element, kept out of Vue's reactivity. It is
 * created once ECharts has loaded, on mounting or, when a scene comes in
 * during a crossfade, a frame or so later (queued with the scene's other
 * charts, so that they do not all render in one long task), and
 * updated with `setOption` when its option really changes; it is only rebuilt
 * when the canvas scale changes, because ECharts fixes its pixel ratio at init
 * and a chart drawn at the wrong ratio is a stretched bitmap. Disposed on unmount.
 */
export function useChart(element: Ref<HTMLElement | null>, option: Ref<WallChartOption>) {
  const fit = inject(FIT_KEY);
  const staggered = inject(STAGGER_CHARTS, null);
  let chart: EChartsType | undefined;
  let shownKey = '';
  let stopObserving: (() => void) | undefined;
  let cancelQueued: (() => void) | undefined;
  let unmounted = false;

  function create() {
    cancelQueued = undefined;
    void loadEcharts().then((echarts) => {
      const host = element.value;
      if (unmounted || !host) return;
      chart?.dispose();
      stopObserving?.();
      chart = markRaw(
        echarts.init(host, undefined, { renderer: 'canvas', devicePixelRatio: fit?.value.chartPixelRatio ?? window.devicePixelRatio }),
      );
      chart.setOption(option.value);
      shownKey = optionKey(option.value);
      stopObserving = observeSizeChanges(host, () => chart?.resize());
    });
  }

  onMounted(() => {
    if (staggered?.value) cancelQueued = queueChartWork(create);
    else create();
  });

  // Merged, so bars glide to their new values; builders always return the same structure, so nothing stale lingers.
  watch(option, (next) => {
    if (!chart) return;
    const key = optionKey(next);
    if (key === shownKey) return;
    shownKey = key;
    chart.setOption(next, { lazyUpdate: true });
  });
  // Not yet built: the queued build will read the new ratio itself.
  if (fit) {
    watch(
      () => fit.value.chartPixelRatio,
      () => chart && create(),
    );
  }

  onBeforeUnmount(() => {
    unmounted = true;
    cancelQueued?.();
    stopObserving?.();
    chart?.dispose();
    chart = undefined;
  });
}
