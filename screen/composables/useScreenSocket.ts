import { onBeforeUnmount } from 'vue';
import type { ControlMessage } from '../../common/control';
import type { ScreenHandshake } from '../../common/protocol';
import { fetchCatalog } from '../socket/catalogClient';
import { connectScreen } from '../socket/screenSocket';
import { useCatalogStore } from '../stores/catalog';
import { useLiveStore } from '../stores/live';

/**
 * Connects the wall to the server for as long as the calling component lives:
 * the socket feeds the live store, and the catalog is (re)loaded on each
 * connection because an operator may have edited the title or vocabularies.
 */
export function useScreenSocket(
  identity: Omit<ScreenHandshake, 'lastSeq'>,
  onControl?: (message: ControlMessage) => void,
) {
  const live = useLiveStore();
  const catalog = useCatalogStore();
  let pending: AbortController | undefined;

  const reloadCatalog = () => {
    pending?.abort();
    const controller = new AbortController();
    pending = controller;
    fetchCatalog(controller.signal)
      .then((next) => catalog.receiveCatalog(next))
      // The next connection tries again; until then the wall keeps the catalog it has.
      .catch(() => undefined);
  };

  const close = connectScreen({ sink: live, identity, onConnected: reloadCatalog, ...(onControl ? { onControl } : {}) });
  onBeforeUnmount(() => {
    pending?.abort();
    close();
  });
}
