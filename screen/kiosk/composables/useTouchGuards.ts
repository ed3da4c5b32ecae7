import { onBeforeUnmount } from 'vue';

/**
 * Keeps a public touch panel a panel: no context menu from a long press, no
 * pinch or ctrl+wheel zoom (the page's viewport meta belongs to the wall, so
 * the kiosk enforces this itself). Double-tap zoom is off through the CSS
 * `touch-action`. Everything is removed on unmount.
 */
export function useTouchGuards(): void {
  const block = (event: Event) => event.preventDefault();
  const blockPinch = (event: TouchEvent) => {
    if (event.touches.length > 1) event.preventDefault();
  };
  const blockZoomWheel = (event: WheelEvent) => {
    if (event.ctrlKey) event.preventDefault();
  };
  // Not passive: a passive listener may not cancel the gesture.
  const active = { passive: false } as const;

  window.addEventListener('contextmenu', block);
  window.addEventListener('selectstart', block);
  window.addEventListener('dragstart', block);
  // Safari's own pinch events; other browsers never fire them.
  window.addEventListener('gesturestart', block, active);
  window.addEventListener('touchmove', blockPinch, active);
  window.addEventListener('wheel', blockZoomWheel, active);

  onBeforeUnmount(() => {
    window.removeEventListener('contextmenu', block);
    window.removeEventListener('selectstart', block);
    window.removeEventListener('dragstart', block);
    // Removal matches on the capture flag alone, which is false for all of these.
    window.removeEventListener('gesturestart', block);
    window.removeEventListener('touchmove', blockPinch);
    window.removeEventListener('wheel', blockZoomWheel);
  });
}
