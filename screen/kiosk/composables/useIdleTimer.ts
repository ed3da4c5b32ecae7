import { onBeforeUnmount, ref, watch, type Ref } from 'vue';
import { createIdleTimer, warningMs } from '../logic/idleTimer';

// What counts as a visitor using the kiosk. Scrolling a long view is use too; mere pointer moves are not (a mouse left on the glass would keep it awake).
const ACTIVITY_EVENTS = ['pointerdown', 'touchstart', 'keydown', 'wheel', 'scroll'] as const;
// Long enough for a tap's click to follow its touch, short enough that the next deliberate tap works.
const SWALLOW_MS = 700;

/**
 * Runs `onIdle` after `timeoutMs` without a touch, key or scroll, while
 * `active` is true. For its last seconds `secondsLeft` counts down, so the
 * view can ask "still there?"; any activity sets it back to null. Listeners
 * and the timer are removed on unmount.
 */
export function useIdleTimer(timeoutMs: number, active: Ref<boolean>, onIdle: () => void): { secondsLeft: Ref<number | null> } {
  const secondsLeft = ref<number | null>(null);
  const timer = createIdleTimer({
    timeoutMs,
    warnMs: warningMs(timeoutMs),
    onIdle: () => {
      secondsLeft.value = null;
      onIdle();
    },
    onWarning: (seconds) => (secondsLeft.value = seconds),
    onResume: () => {
      secondsLeft.value = null;
      swallowNextClick();
    },
  });
  // The touch that dismisses the warning lands, once the warning is gone, on whatever lay under it: it must not also open that.
  let releaseSwallow: (() => void) | undefined;
  function swallowNextClick() {
    releaseSwallow?.();
    const swallow = (event: Event) => {
      event.stopPropagation();
      event.preventDefault();
      release();
    };
    const timer = setTimeout(() => release(), SWALLOW_MS);
    const release = () => {
      clearTimeout(timer);
      window.removeEventListener('click', swallow, { capture: true });
      releaseSwallow = undefined;
    };
    window.addEventListener('click', swallow, { capture: true });
    releaseSwallow = release;
  }
  const onActivity = () => {
    if (active.value) timer.poke();
  };
  const listenerOptions = { capture: true, passive: true } as const;
  for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, listenerOptions);

  watch(active, (isActive) => (isActive ? timer.poke() : timer.stop()), { immediate: true });

  onBeforeUnmount(() => {
    timer.stop();
    releaseSwallow?.();
    for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true });
  });
  return { secondsLeft };
}
