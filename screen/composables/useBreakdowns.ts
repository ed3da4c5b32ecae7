import { computed } from 'vue';
import { breakdownEntries } from '../charts/breakdownEntries';
import { useCatalogStore } from '../stores/catalog';
import { useLiveStore } from '../stores/live';

/** The live breakdowns as chart entries, in the catalog's order. */
export function useBreakdowns() {
  const live = useLiveStore();
  const catalog = useCatalogStore();
  const breakdowns = computed(() => live.state?.breakdowns);
  return {
    byCategory: computed(() => breakdownEntries(breakdowns.value?.appealsByCategory ?? {}, catalog.catalog?.categories ?? [])),
    byTown: computed(() => breakdownEntries(breakdowns.value?.appealsByTown ?? {}, catalog.catalog?.towns ?? [])),
    byLandProject: computed(() => breakdownEntries(breakdowns.value?.landByProject ?? {}, catalog.catalog?.landProjects ?? [])),
  };
}
