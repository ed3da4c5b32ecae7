import { onBeforeUnmount, ref, watch, type Ref } from 'vue';
import { crossesMilestone } from '../motion/milestone';
import { HIGHLIGHT_MS, ROLL_DURATION_MS, rollValue } from '../motion/roll';

/**
 * A number that rolls from what it shows to each new target, never from 0:
 * the first value is shown as is, and a change mid-roll continues from the
 * figure on screen. `changed` stays true briefly after a change that passes
 * a milestone (see `crossesMilestone`): a glow on every change would never go out on a busy feed.
 */
export function useRollingNumber(target: Ref<number | undefined>, decimals: Ref<number>) {
  const shown = ref<number | undefined>(target.value);
  const changed = ref(false);
  let frame = 0;
  let highlightTimer: ReturnType<typeof setTimeout> | undefined;

  function stopRoll() {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
  }

  watch(target, (to, previous) => {
    const from = shown.value;
    stopRoll();
    if (to === undefined || from === undefined || from === to) {
      shown.value = to;
      return;
    }
    if (previous !== undefined && crossesMilestone(previous, to)) {
      changed.value = true;
      clearTimeout(highlightTimer);
      highlightTimer = setTimeout(() => (changed.value = false), HIGHLIGHT_MS);
    }
    const start = performance.now();
    const step = (now: number) => {
      shown.value = rollValue(from, to, now - start, decimals.value);
      frame = now - start < ROLL_DURATION_MS ? requestAnimationFrame(step) : 0;
    };
    frame = requestAnimationFrame(step);
  });

  onBeforeUnmount(() => {
    stopRoll();
    clearTimeout(highlightTimer);
  });

  return { shown, changed };
}
