import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import type { Catalog } from '../../common/catalog';
import { METRICS, type MetricDefinition, type MetricId } from '../../common/metrics';

/**
 * What the figures mean: labels, units, sources and vocabularies from
 * `GET /api/metrics`. Until it arrives the contract's own definitions stand
 * in, so the first live figure need not wait for a second request.
 */
export const useCatalogStore = defineStore('catalog', () => {
  const catalog = shallowRef<Catalog | null>(null);

  const definitions = computed<ReadonlyMap<MetricId, MetricDefinition>>(() => {
    const list: readonly MetricDefinition[] = catalog.value?.metrics ?? METRICS;
    return new Map(list.map((def) => [def.id, def]));
  });

  const title = computed(() => catalog.value?.title.zh ?? '');
  const titleEn = computed(() => catalog.value?.title.en ?? '');

  function definition(id: MetricId): MetricDefinition | undefined {
    return definitions.value.get(id);
  }

  function receiveCatalog(next: Catalog): void {
    catalog.value = next;
  }

  return { catalog, title, titleEn, definition, receiveCatalog };
});
