import { shallowRef, watch } from 'vue';
import { useLiveStore } from '../../stores/live';
import { addTownRecent, type TownRecent } from '../logic/townRecent';

/** Each town's latest appeals and wishes since the kiosk opened (see `addTownRecent`); the watcher goes with the calling component. */
export function useTownRecent() {
  const live = useLiveStore();
  const byTown = shallowRef<TownRecent>({});
  let recordedMode = live.mode;
  watch(
    () => live.state?.recent,
    (recent) => {
      if (!recent) return;
      // After a switch between live and demo data, no town lists an appeal of the other store.
      const switched = live.mode !== recordedMode;
      recordedMode = live.mode;
      byTown.value = addTownRecent(switched ? {} : byTown.value, recent);
    },
    { immediate: true },
  );
  return byTown;
}
