import { computed } from 'vue';
import { breakdownEntries } from '../charts/breakdownEntries';
import { useCatalogStore } from '../stores/catalog';
import { useLiveStore } from '../stores/live';
import { useWallContentStore } from '../stores/wallContent';

/** The live breakdowns as chart entries, in the catalog's order (the towns in the content's). */
export function useBreakdowns() {
  const live = useLiveStore();
  const catalog = useCatalogStore();
  const words = useWallContentStore();
  // The towns in the order an operator set at the desk (the catalog's until then).
  const towns = computed(() => words.content.townOrder.map((name) => ({ name })));
  const breakdowns = computed(() => live.state?.breakdowns);
  return {
    byCategory: computed(() => breakdownEntries(breakdowns.value?.appealsByCategory ?? {}, catalog.catalog?.categories ?? [])),
    byTown: computed(() => breakdownEntries(breakdowns.value?.appealsByTown ?? {}, towns.value)),
    byLandProject: computed(() => breakdownEntries(breakdowns.value?.landByProject ?? {}, catalog.catalog?.landProjects ?? [])),
  };
}
