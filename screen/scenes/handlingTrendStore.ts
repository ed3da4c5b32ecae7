import { defineStore } from 'pinia';
import { shallowRef, watch } from 'vue';
import { addTrendGap, addTrendSample, startTrend, type TrendSeries } from '../charts/trendSamples';
import { useLiveStore } from '../stores/live';

/**
 * The handling trend this wall has recorded: appeals handled and resolved
 * each time they change, from the first time the store is used (call it at
 * start-up to record from load), and every outage of the link to the server,
 * so the chart can show that it saw nothing then. It outlives scene changes,
 * so the smart scene shows the same growing record each time it comes round;
 * bounded by `addTrendSample` and `addTrendGap`.
 */
export const useHandlingTrendStore = defineStore('handlingTrend', () => {
  const live = useLiveStore();
  const series = shallowRef<TrendSeries | null>(null);
  let lostAt: number | null = null;
  let recordedMode = live.mode;
  watch(
    () => live.state?.values,
    (values) => {
      if (!values) return;
      const sample = { at: Date.now(), handled: values['appeals.handled'], resolved: values['appeals.resolved'] };
      // A switch between live and demo data starts the trend afresh: a line across both stores would be a false jump.
      const switched = live.mode !== recordedMode;
      recordedMode = live.mode;
      series.value = series.value && !switched ? addTrendSample(series.value, sample) : startTrend(sample);
    },
    { immediate: true },
  );
  watch(
    () => live.connection,
    (connection, previous) => {
      if (previous === 'live' && connection !== 'live') lostAt = Date.now();
      if (connection === 'live' && lostAt !== null) {
        if (series.value) series.value = addTrendGap(series.value, { from: lostAt, to: Date.now() });
        lostAt = null;
      }
    },
  );
  return { series };
});
