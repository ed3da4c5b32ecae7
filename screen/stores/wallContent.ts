import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import type { WallContent, WallContentMessage } from '../../common/wallContent';
import { seedWallContent, type SeedLists } from '../../common/wallContentSeed';
import { useCatalogStore } from './catalog';

const NO_LISTS: SeedLists = { brands: [], projects: [], communities: [], towns: [] };

/**
 * What the wall says: the content saved at the desk, written into the page
 * and pushed on every save, so that words change without a reload. Until it
 * arrives, the seed's words with the catalog's lists stand in. A preview page
 * shows the desk's unsaved draft instead.
 */
export const useWallContentStore = defineStore('wallContent', () => {
  const catalog = useCatalogStore();
  const received = shallowRef<WallContentMessage | null>(null);
  const draft = shallowRef<WallContent | null>(null);

  const content = computed<WallContent>(() => draft.value ?? received.value?.content ?? seedWallContent(catalog.catalog ?? NO_LISTS));
  const texts = computed(() => content.value.texts);

  /** Takes a saved version; an older one arriving late (a reply racing a push) is ignored. */
  function receive(message: WallContentMessage): void {
    if (received.value && message.version < received.value.version) return;
    received.value = message;
  }

  /** Shows a draft that is not saved (the desk's live preview). */
  function showDraft(next: WallContent): void {
    draft.value = next;
  }

  return { content, texts, version: computed(() => received.value?.version ?? null), receive, showDraft };
});
