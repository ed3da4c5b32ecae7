import { computed, onBeforeUnmount, provide, ref } from 'vue';
import { fitToViewport } from '../layout/fit';
import { FIT_KEY } from '../layout/fitContext';
import { LAYOUTS, chooseLayout } from '../layout/layouts';

/**
 * Follows the viewport: picks the layout (the URL's `?layout=` or the nearest
 * aspect) and the fit of the design canvas, and provides the fit to charts.
 * Must run in the wall's root component.
 */
export function useWallFit(layoutParam: string | null) {
  const viewport = ref(readViewport());
  const onResize = () => (viewport.value = readViewport());
  window.addEventListener('resize', onResize);
  // Moving a window to a screen with another pixel ratio fires no resize in every browser.
  let ratioQuery: MediaQueryList | undefined;
  const watchRatio = () => {
    ratioQuery?.removeEventListener('change', onRatioChange);
    ratioQuery = window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    ratioQuery.addEventListener('change', onRatioChange);
  };
  const onRatioChange = () => {
    onResize();
    watchRatio();
  };
  watchRatio();
  onBeforeUnmount(() => {
    window.removeEventListener('resize', onResize);
    ratioQuery?.removeEventListener('change', onRatioChange);
  });

  const layout = computed(() => LAYOUTS[chooseLayout(viewport.value.width, viewport.value.height, layoutParam)]);
  const fit = computed(() => fitToViewport(layout.value, viewport.value.width, viewport.value.height, viewport.value.ratio));
  provide(FIT_KEY, fit);
  return { layout, fit };
}

function readViewport() {
  const root = document.documentElement;
  return { width: root.clientWidth, height: root.clientHeight, ratio: window.devicePixelRatio || 1 };
}
