import { onActivated, onDeactivated, onUnmounted } from 'vue';

/**
 * Runs `refresh` when a kept-alive section is shown and every `everyMs` while
 * it stays shown (so "last used" fills in without a reload); stops when hidden.
 */
export function useWhileShown(refresh: () => Promise<void>, everyMs: number): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shown = false;
  const tick = async () => {
    await refresh();
    if (shown) timer = setTimeout(() => void tick(), everyMs);
  };
  onActivated(() => {
    shown = true;
    clearTimeout(timer);
    void tick();
  });
  const stop = () => {
    shown = false;
    clearTimeout(timer);
  };
  onDeactivated(stop);
  onUnmounted(stop);
}
