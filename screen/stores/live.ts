import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { Snapshot, Update } from '../../common/protocol';
import { applyUpdate, stateFromSnapshot, type LiveState, type UpdateOutcome } from './liveState';

/** Where the wall's link to the server stands. */
export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting';

/**
 * The live figures as the wall shows them. Fed only by the socket module;
 * the state is replaced whole on each change (shallowRef) so that a busy
 * feed does not make Vue track every nested figure.
 */
export const useLiveStore = defineStore('live', () => {
  const state = shallowRef<LiveState | null>(null);
  const connection = ref<ConnectionStatus>('connecting');
  /** Client time (ms) up to which the wall is known to have matched the server. */
  const syncedAt = ref<number | null>(null);

  /** The seq of the newest data the wall has received, shown or held back by a freeze. */
  const followedSeq = ref(0);

  const seq = computed(() => state.value?.seq ?? 0);
  const demo = computed(() => state.value?.demo ?? false);
  const mode = computed(() => state.value?.mode);

  function receiveSnapshot(snapshot: Snapshot, now = Date.now()): void {
    state.value = stateFromSnapshot(snapshot);
    syncedAt.value = now;
  }

  /** Applies an update in seq order; the caller resyncs on `gap`. */
  function receiveUpdate(update: Update, now = Date.now()): UpdateOutcome {
    if (!state.value) return 'gap';
    const result = applyUpdate(state.value, update);
    if (result.outcome === 'applied') {
      state.value = result.state;
      syncedAt.value = now;
    }
    return result.outcome;
  }

  // The server sends a snapshot or catch-up update right after connecting; that moves syncedAt.
  function markConnected(): void {
    connection.value = 'live';
  }

  /** While connected the wall was in sync, so its data are as old as the moment the link dropped. */
  function markDisconnected(now = Date.now()): void {
    if (connection.value === 'live' && state.value) syncedAt.value = now;
    connection.value = 'reconnecting';
  }

  return { state, connection, syncedAt, followedSeq, seq, mode, demo, receiveSnapshot, receiveUpdate, markConnected, markDisconnected };
});
