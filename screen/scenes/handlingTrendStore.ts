import { defineStore } from 'pinia';
import { shallowRef, watch } from 'vue';
import { addTrendSample, startTrend, type TrendSeries } from '../charts/trendSamples';
import { useLiveStore } from '../stores/live';

/**
 * The handling trend this wall has recorded: appeals handled and resolved
 * each time they change, from the first time the store is used (call it at
 * start-up to record from load). It outlives scene changes, so the smart
 * scene shows the same growing record each time it comes round; bounded by
 * `addTrendSample`.
 */
export const useHandlingTrendStore = defineStore('handlingTrend', () => {
  const live = useLiveStore();
  const series = shallowRef<TrendSeries | null>(null);
  watch(
    () => live.state?.values,
    (values) => {
      if (!values) return;
      const sample = { at: Date.now(), handled: values['appeals.handled'], resolved: values['appeals.resolved'] };
      series.value = series.value ? addTrendSample(series.value, sample) : startTrend(sample);
    },
    { immediate: true },
  );
  return { series };
});
