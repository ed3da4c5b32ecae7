import { onBeforeUnmount, ref } from 'vue';

/** An index that steps through `0..count-1` every `intervalMs` while the calling component lives. */
export function useCycle(count: number, intervalMs: number) {
  const index = ref(0);
  const timer = setInterval(() => {
    index.value = (index.value + 1) % Math.max(1, count);
  }, intervalMs);
  onBeforeUnmount(() => clearInterval(timer));
  return index;
}
