import { onBeforeUnmount, ref, watch } from 'vue';
import type { SceneId } from '../../common/control';
import { useControlStore } from '../stores/control';
import { planScene } from '../stores/controlState';

/**
 * The scene the wall's channel shows now, kept current by one timer set for
 * the next switch on the server's clock (no polling loop), rescheduled on
 * every presenter command and cleared when the calling component goes.
 * Null until the first control message.
 */
export function usePlaylist() {
  const control = useControlStore();
  const scene = ref<SceneId | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;

  const update = () => {
    clearTimeout(timer);
    timer = undefined;
    const channel = control.channel;
    if (!channel) return;
    const plan = planScene(channel, control.serverNow());
    scene.value = plan.scene;
    if (plan.delayMs !== null) timer = setTimeout(update, plan.delayMs);
  };

  watch(() => [control.channel, control.offsetMs], update, { immediate: true });
  onBeforeUnmount(() => clearTimeout(timer));

  return scene;
}
