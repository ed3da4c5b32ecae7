import { inject, markRaw, onBeforeUnmount, onMounted, watch, type Ref } from 'vue';
import { echarts, type WallChartOption } from '../charts/echarts';
import { FIT_KEY } from '../layout/fitContext';

type ChartInstance = ReturnType<typeof echarts.init>;

/**
 * One ECharts instance for one element, kept out of Vue's reactivity. It is
 * created once and updated with `setOption`; it is only rebuilt when the
 * canvas scale changes, because ECharts fixes its pixel ratio at init and a
 * chart drawn at the wrong ratio is a stretched bitmap. Disposed on unmount.
 */
export function useChart(element: Ref<HTMLElement | null>, option: Ref<WallChartOption>) {
  const fit = inject(FIT_KEY);
  let chart: ChartInstance | undefined;
  let resizeObserver: ResizeObserver | undefined;

  function create() {
    if (!element.value) return;
    chart?.dispose();
    chart = markRaw(
      echarts.init(element.value, undefined, { renderer: 'canvas', devicePixelRatio: fit?.value.chartPixelRatio ?? window.devicePixelRatio }),
    );
    chart.setOption(option.value);
  }

  onMounted(() => {
    create();
    resizeObserver = new ResizeObserver(() => chart?.resize());
    if (element.value) resizeObserver.observe(element.value);
  });

  // Merged, so bars glide to their new values; builders always return the same structure, so nothing stale lingers.
  watch(option, (next) => chart?.setOption(next, { lazyUpdate: true }));
  if (fit) watch(() => fit.value.chartPixelRatio, create);

  onBeforeUnmount(() => {
    resizeObserver?.disconnect();
    chart?.dispose();
    chart = undefined;
  });
}
