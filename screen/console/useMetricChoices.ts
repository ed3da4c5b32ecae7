import { computed, onBeforeUnmount, shallowRef, type Ref } from 'vue';
import type { Label } from '../../common/metrics';
import { METRICS } from '../../common/metrics';
import type { Lang } from '../i18n/lang';
import { fetchCatalog } from '../socket/catalogClient';

export interface MetricChoice {
  id: string;
  name: string;
}

/**
 * The metrics a presenter may spotlight, named as the wall names them
 * (`GET /api/metrics`, which operators may relabel) in the console's
 * language; the contract's own labels stand in until it answers or if it fails.
 */
export function useMetricChoices(lang: Readonly<Ref<Lang>>) {
  const labels = shallowRef<Array<{ id: string; label: Label }>>(METRICS.map((m) => ({ id: m.id, label: m.label })));
  const controller = new AbortController();
  fetchCatalog(controller.signal)
    .then((catalog) => (labels.value = catalog.metrics.map((m) => ({ id: m.id, label: m.label }))))
    .catch(() => undefined);
  onBeforeUnmount(() => controller.abort());
  return computed<MetricChoice[]>(() => labels.value.map(({ id, label }) => ({ id, name: label[lang.value] })));
}
