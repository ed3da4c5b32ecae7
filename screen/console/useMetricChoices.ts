import { onBeforeUnmount, shallowRef } from 'vue';
import { METRICS } from '../../common/metrics';
import { fetchCatalog } from '../socket/catalogClient';

export interface MetricChoice {
  id: string;
  name: string;
}

/**
 * The metrics a presenter may spotlight, named as the wall names them
 * (`GET /api/metrics`, which operators may relabel); the contract's own
 * labels stand in until it answers or if it fails.
 */
export function useMetricChoices() {
  const choices = shallowRef<MetricChoice[]>(METRICS.map((m) => ({ id: m.id, name: m.label.zh })));
  const controller = new AbortController();
  fetchCatalog(controller.signal)
    .then((catalog) => (choices.value = catalog.metrics.map((m) => ({ id: m.id, name: m.label.zh }))))
    .catch(() => undefined);
  onBeforeUnmount(() => controller.abort());
  return choices;
}
