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
  let recordedMode = live.mode;
  watch(
    () => live.state?.values,
    (values) => {
      if (!values) return;
      // A switch between live and demo data starts the record afresh: the two stores never share a line.
      const switched = live.mode !== recordedMode;
      recordedMode = live.mode;
      history.value = appendSample(switched ? [] : history.value, { at: Date.now(), values });
    },
    { immediate: true },
  );
  return { history, openedAt };
}
