import { shallowRef, watch } from 'vue';
import { useLiveStore } from '../../stores/live';
import { appendSample, type Sample } from '../logic/history';

/**
 * The live figures as this kiosk has seen them since it opened: the only
 * history it can honestly show, since the server keeps no time series.
 * Bounded (see `appendSample`); the watcher goes with the calling component.
 */
export function useKioskHistory() {
  const live = useLiveStore();
  const openedAt = Date.now();
  const history = shallowRef<Sample[]>([]);
  watch(
    () => live.state?.values,
    (values) => {
      if (values) history.value = appendSample(history.value, { at: Date.now(), values });
    },
    { immediate: true },
  );
  return { history, openedAt };
}
