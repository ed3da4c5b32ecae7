import { onBeforeUnmount } from 'vue';
import type { WallContent } from '../../common/wallContent';
import { takeBootData } from '../socket/bootData';
import { useCatalogStore } from '../stores/catalog';
import { useLiveStore } from '../stores/live';
import { useWallContentStore } from '../stores/wallContent';

/** What the desk sends its preview: the draft as it stands, saved or not. */
export interface PreviewDraftMessage {
  type: 'wall-content-draft';
  content: WallContent;
}

/** What the preview tells the desk once it listens, so that the desk sends the draft it has. */
export const PREVIEW_READY = 'wall-preview-ready';

const isDraftMessage = (data: unknown): data is PreviewDraftMessage =>
  typeof data === 'object' &&
  data !== null &&
  (data as { type?: unknown }).type === 'wall-content-draft' &&
  typeof (data as { content?: unknown }).content === 'object';

/**
 * Feeds a preview page (`/?scene=brand&preview=1`, inside the desk): the
 * figures and words written into the page, then the desk's drafts by
 * `postMessage`, from the same origin only. It opens no socket, so it is not
 * a wall: no pairing code, not in the console's list, following no group.
 */
export function usePreviewFeed(): void {
  const boot = takeBootData();
  const wallContent = useWallContentStore();
  if (boot.catalog) useCatalogStore().receiveCatalog(boot.catalog);
  if (boot.snapshot) useLiveStore().receiveSnapshot(boot.snapshot);
  if (boot.content) wallContent.receive(boot.content);
  const receive = (event: MessageEvent) => {
    if (event.origin !== window.location.origin || !isDraftMessage(event.data)) return;
    wallContent.showDraft(event.data.content);
  };
  window.addEventListener('message', receive);
  if (window.parent !== window) window.parent.postMessage({ type: PREVIEW_READY }, window.location.origin);
  onBeforeUnmount(() => window.removeEventListener('message', receive));
}
