import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { PairedMessage, PairingMessage } from '../../common/protocol';

/**
 * Whether this screen is paired with the hall: the code to show while it is
 * not, and the name and group the presenter gave it once it is. Fed only by
 * the socket module.
 */
export const usePairingStore = defineStore('pairing', () => {
  const code = ref<string | null>(null);
  const name = ref<string | null>(null);
  const group = ref<string | null>(null);

  function receivePairing(message: PairingMessage): void {
    code.value = message.code;
    name.value = null;
    group.value = null;
  }

  function receivePaired(message: PairedMessage): void {
    code.value = null;
    name.value = message.screen;
    group.value = message.group;
  }

  return { code, name, group, receivePairing, receivePaired };
});
