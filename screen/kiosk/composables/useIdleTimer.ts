import { onBeforeUnmount, watch, type Ref } from 'vue';
import { createIdleTimer } from '../logic/idleTimer';

// What counts as a visitor using the kiosk. Scrolling a long view is use too; mere pointer moves are not (a mouse left on the glass would keep it awake).
const ACTIVITY_EVENTS = ['pointerdown', 'touchstart', 'keydown', 'wheel', 'scroll'] as const;

/**
 * Runs `onIdle` after `timeoutMs` without a touch, key or scroll, while
 * `active` is true. Listeners and the timer are removed on unmount.
 */
export function useIdleTimer(timeoutMs: number, active: Ref<boolean>, onIdle: () => void): void {
  const timer = createIdleTimer({ timeoutMs, onIdle });
  const onActivity = () => {
    if (active.value) timer.poke();
  };
  const listenerOptions = { capture: true, passive: true } as const;
  for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, listenerOptions);

  watch(active, (isActive) => (isActive ? timer.poke() : timer.stop()), { immediate: true });

  onBeforeUnmount(() => {
    timer.stop();
    for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true });
  });
}
