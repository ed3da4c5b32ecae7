import { onBeforeUnmount, ref } from 'vue';

/** The current time in ms, refreshed every `intervalMs` while the calling component lives. */
export function useNow(intervalMs = 1000) {
  const now = ref(Date.now());
  // Aligned to the wall clock's second so that the header clock ticks on the second.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    now.value = Date.now();
    timer = setTimeout(tick, intervalMs - (now.value % intervalMs) + 5);
  };
  tick();
  onBeforeUnmount(() => clearTimeout(timer));
  return now;
}
