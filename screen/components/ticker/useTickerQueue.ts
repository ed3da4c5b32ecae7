import { computed, onBeforeUnmount, ref, watch, type Ref } from 'vue';
import type { RecentItem } from '../../../common/protocol';
import { admit, receive, startTicker, TICKER_PACE, untilNextAdmission, type TickerQueue } from './tickerQueue';

/**
 * The ticker's lines, fed from the store's recent items at the calm pace of
 * `tickerQueue`: one timer at a time, set only while something waits.
 * `recent` is undefined until the first snapshot: what that snapshot holds is
 * the state of things and shows at once; everything after it is news, paced.
 */
export function useTickerQueue(recent: Ref<readonly RecentItem[] | undefined>, capacity: Ref<number>) {
  const pace = () => ({ ...TICKER_PACE, capacity: capacity.value });
  const queue = ref<TickerQueue>(startTicker(recent.value ?? [], pace(), performance.now()));
  let started = recent.value !== undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function schedule() {
    clearTimeout(timer);
    timer = undefined;
    queue.value = admit(queue.value, performance.now(), pace());
    const delay = untilNextAdmission(queue.value, performance.now(), pace());
    if (delay !== undefined) timer = setTimeout(schedule, delay);
  }

  watch(recent, (items) => {
    if (items === undefined) return;
    if (!started) {
      started = true;
      queue.value = startTicker(items, pace(), performance.now());
      return;
    }
    queue.value = receive(queue.value, items, pace(), performance.now());
    if (!timer) schedule();
  });
  // A new layout holds another number of lines: start again from what the feed has.
  watch(capacity, () => {
    queue.value = startTicker(recent.value ?? [], pace(), performance.now());
  });
  onBeforeUnmount(() => clearTimeout(timer));

  return computed(() => queue.value.shown);
}
