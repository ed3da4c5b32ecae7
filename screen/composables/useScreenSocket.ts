import { onBeforeUnmount } from 'vue';
import type { ControlMessage } from '../../common/control';
import type { ScreenHandshake } from '../../common/protocol';
import { takeBootData } from '../socket/bootData';
import { fetchCatalog } from '../socket/catalogClient';
import { fetchWallContent } from '../socket/contentClient';
import { useWallContentStore } from '../stores/wallContent';
import { createFreezableSink } from '../socket/freezableSink';
import { connectScreen } from '../socket/screenSocket';
import { useCatalogStore } from '../stores/catalog';
import { useControlStore } from '../stores/control';
import { useLiveStore } from '../stores/live';
import { usePairingStore } from '../stores/pairing';
import { loadDeviceCredential, saveDeviceCredential } from '../socket/deviceCredential';

/**
 * Connects the screen to the server for as long as the calling component
 * lives: the socket feeds the live store (through the presenter's freeze)
 * and the control store, and the catalog is (re)loaded on each connection
 * because an operator may have edited the title or vocabularies.
 * The link is read-only: nothing here can send a command.
 */
export function useScreenSocket(identity: Omit<ScreenHandshake, 'lastSeq' | 'lastMode'>, onControl?: (message: ControlMessage) => void) {
  const live = useLiveStore();
  const catalog = useCatalogStore();
  const control = useControlStore();
  const pairing = usePairingStore();
  const wallContent = useWallContentStore();
  const slot = identity.screen ?? '';
  const sink = createFreezableSink(live, (seq) => (live.followedSeq = seq));
  let pending: AbortController | undefined;

  // The figures written into the page: shown at once, and the socket carries on from their seq.
  const boot = takeBootData();
  if (boot.catalog) catalog.receiveCatalog(boot.catalog);
  if (boot.content) wallContent.receive(boot.content);
  if (boot.snapshot) {
    live.receiveSnapshot(boot.snapshot);
    live.followedSeq = boot.snapshot.seq;
  }

  const reloadCatalog = () => {
    pending?.abort();
    const controller = new AbortController();
    pending = controller;
    fetchCatalog(controller.signal)
      .then((next) => catalog.receiveCatalog(next))
      // The next connection tries again; until then the wall keeps the catalog it has.
      .catch(() => undefined);
    // A save made while the wall was offline was pushed to nobody here: read the words again too.
    fetchWallContent(controller.signal)
      .then((next) => wallContent.receive(next))
      .catch(() => undefined);
  };

  const receiveControl = (message: ControlMessage) => {
    control.receive(message);
    // Synchronously, so that no update slips onto the screen between the command and the freeze.
    if (message.state.frozen) sink.freeze();
    else sink.thaw();
    onControl?.(message);
  };

  const close = connectScreen({
    sink,
    identity,
    onConnected: reloadCatalog,
    onControl: receiveControl,
    onContent: (message) => wallContent.receive(message),
    device: () => loadDeviceCredential(slot),
    // A credential the server does not know is kept, not forgotten: a server started on an empty or wrong data
    // folder must not unpair every screen for good. Pairing again replaces it.
    onPairing: (message) => pairing.receivePairing(message),
    onPaired: (message) => {
      saveDeviceCredential(slot, message.credential);
      pairing.receivePaired(message);
    },
  });
  onBeforeUnmount(() => {
    pending?.abort();
    close();
  });
}
