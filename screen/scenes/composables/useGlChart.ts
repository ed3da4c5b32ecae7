import { inject, markRaw, onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue';
import { echarts } from '../../charts/echarts';
import type { GlChartOption } from '../../charts/countyLand3d';
import { queueChartWork, STAGGER_CHARTS } from '../../composables/chartQueue';
import { observeSizeChanges, optionKey } from '../../composables/chartSizing';
import { FIT_KEY } from '../../layout/fitContext';
import { glContextsOf, loseContext } from './glContexts';

type ChartInstance = ReturnType<typeof echarts.init>;

/**
 * An echarts-gl chart for one element. echarts-gl is fetched by `load` the
 * first time a 3D view mounts, so it never weighs on the main bundle. The
 * WebGL context is released when the element goes (dispose, then
 * WEBGL_lose_context), and the chart is rebuilt when the browser restores a
 * context it took away (GPU reset, too many contexts). Built in its turn with
 * the scene's other charts (see `queueChartWork`), and redrawn only when its
 * option really changes: without a GPU every WebGL frame is read back to the
 * page, which costs tens of milliseconds.
 */
export function useGlChart(element: Ref<HTMLElement | null>, option: Ref<GlChartOption>, load: () => Promise<void>) {
  const fit = inject(FIT_KEY);
  const staggered = inject(STAGGER_CHARTS, null);
  /** Times the chart was (re)built; lets tests and operators see a rebuild. */
  const builds = ref(0);
  let chart: ChartInstance | undefined;
  let contexts: WebGLRenderingContext[] = [];
  let shownKey = '';
  let stopObserving: (() => void) | undefined;
  let cancelQueued: (() => void) | undefined;
  let unmounted = false;

  let awaitingRestore: HTMLCanvasElement | null = null;

  // A lost context cannot draw: drop the chart now (a chart drawing into it only throws), and ask for the context back.
  const onLost = (event: Event) => {
    event.preventDefault();
    release();
    awaitingRestore = event.target instanceof HTMLCanvasElement ? event.target : null;
    awaitingRestore?.addEventListener('webglcontextrestored', onRestored, { once: true });
  };
  // The browser can draw again: build a fresh chart, and give the old canvas's revived context straight back.
  const onRestored = () => {
    const revived = awaitingRestore?.getContext('webgl');
    awaitingRestore = null;
    if (revived) loseContext(revived);
    if (!unmounted) create();
  };

  function create() {
    if (!element.value) return;
    const ratio = fit?.value.chartPixelRatio ?? window.devicePixelRatio;
    chart = markRaw(echarts.init(element.value, undefined, { renderer: 'canvas', devicePixelRatio: ratio }));
    chart.setOption(option.value);
    shownKey = optionKey(option.value);
    contexts = glContextsOf(chart.getZr().painter);
    for (const gl of contexts) gl.canvas.addEventListener('webglcontextlost', onLost);
    builds.value += 1;
  }

  function release() {
    for (const gl of contexts) gl.canvas.removeEventListener('webglcontextlost', onLost);
    chart?.dispose();
    chart = undefined;
    contexts.forEach(loseContext);
    contexts = [];
  }

  onMounted(async () => {
    await load();
    // The scene may have left while echarts-gl was loading.
    if (unmounted) return;
    const build = () => {
      cancelQueued = undefined;
      create();
      if (element.value) stopObserving = observeSizeChanges(element.value, () => chart?.resize());
    };
    if (staggered?.value) cancelQueued = queueChartWork(build);
    else build();
  });

  watch(option, (next) => {
    if (!chart) return;
    const key = optionKey(next);
    if (key === shownKey) return;
    shownKey = key;
    chart.setOption(next);
  });
  if (fit) {
    watch(
      () => fit.value.chartPixelRatio,
      () => {
        if (!chart) return;
        release();
        create();
      },
    );
  }

  onBeforeUnmount(() => {
    unmounted = true;
    cancelQueued?.();
    stopObserving?.();
    awaitingRestore?.removeEventListener('webglcontextrestored', onRestored);
    release();
  });

  return { builds };
}
