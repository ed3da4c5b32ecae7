import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { ChannelState, ControlMessage } from '../../common/control';
import { clockOffset } from './controlState';

/**
 * What the presenter wants this wall to do: its channel's playlist state and
 * the offset to the server's clock. Fed only by the socket module; walls
 * never send anything back.
 */
export const useControlStore = defineStore('control', () => {
  const channel = shallowRef<ChannelState | null>(null);
  const individual = ref(false);
  /** Server clock minus this wall's clock, re-measured on every message. */
  const offsetMs = ref(0);

  const spotlight = computed(() => channel.value?.spotlight ?? null);
  const frozen = computed(() => channel.value?.frozen ?? false);
  const held = computed(() => (channel.value?.heldScene ?? null) !== null);
  const banner = computed(() => channel.value?.banner ?? null);
  const standby = computed(() => channel.value?.standby ?? false);

  function receive(message: ControlMessage, receivedAt = Date.now()): void {
    offsetMs.value = clockOffset(message.serverNow, receivedAt);
    individual.value = message.individual;
    channel.value = message.state;
  }

  /** The server's clock as this wall best knows it. */
  function serverNow(clientNow = Date.now()): number {
    return clientNow + offsetMs.value;
  }

  return { channel, individual, offsetMs, spotlight, frozen, held, banner, standby, receive, serverNow };
});
