import { shallowRef, watch } from 'vue';
import { useLiveStore } from '../../stores/live';
import { addTownRecent, type TownRecent } from '../logic/townRecent';

/** Each town's latest appeals and wishes since the kiosk opened (see `addTownRecent`); the watcher goes with the calling component. */
export function useTownRecent() {
  const live = useLiveStore();
  const byTown = shallowRef<TownRecent>({});
  watch(
    () => live.state?.recent,
    (recent) => {
      if (recent) byTown.value = addTownRecent(byTown.value, recent);
    },
    { immediate: true },
  );
  return byTown;
}
