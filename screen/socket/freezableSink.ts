/**
 * Freeze, between the socket and the live store: while the presenter talks,
 * what the wall shows stays exactly as it is, yet the wall keeps following
 * the feed in seq order, so that on release it shows the current figures at
 * once (the counters roll to them) without a resync.
 */
import type { Snapshot, Update } from '../../common/protocol';
import { applyUpdate, stateFromSnapshot, type LiveState, type UpdateOutcome } from '../stores/liveState';
import type { LiveSink } from './screenSocket';

/** The live store as the freeze sees it: the state on screen, replaced whole on each change. */
export interface ShownSink extends Omit<LiveSink, 'mode'> {
  readonly state: LiveState | null;
}

export interface FreezableSink extends LiveSink {
  readonly state: LiveState | null;
  readonly frozen: boolean;
  /** Keeps what is on screen; later snapshots and updates are followed but not shown. */
  freeze(): void;
  /** Shows the latest state the feed has brought, if it moved on while frozen. */
  thaw(): void;
}

/**
 * Wraps the live store so that it can be frozen; unfrozen, it passes everything through.
 * `onFollowed` is told the seq the wall has followed after every snapshot and update, shown or not.
 */
export function createFreezableSink(shown: ShownSink, onFollowed: (seq: number) => void = () => {}): FreezableSink {
  let frozen = false;
  // The feed's latest state while frozen; null when unfrozen or before any figure was shown.
  let latest: LiveState | null = null;

  const sink: FreezableSink = {
    get frozen() {
      return frozen;
    },
    get seq() {
      return latest ? latest.seq : shown.seq;
    },
    get state() {
      return latest ?? shown.state;
    },
    get mode() {
      return (latest ?? shown.state)?.mode;
    },
    receiveSnapshot(snapshot: Snapshot) {
      if (!latest) {
        // Nothing shown yet is nothing to keep: a frozen blank wall would help no one.
        shown.receiveSnapshot(snapshot);
        if (frozen) latest = shown.state;
      } else {
        latest = stateFromSnapshot(snapshot);
      }
      onFollowed(sink.seq);
    },
    receiveUpdate(update: Update): UpdateOutcome {
      let outcome: UpdateOutcome;
      if (!latest) {
        outcome = shown.receiveUpdate(update);
      } else {
        const result = applyUpdate(latest, update);
        latest = result.state;
        outcome = result.outcome;
      }
      onFollowed(sink.seq);
      return outcome;
    },
    markConnected: () => shown.markConnected(),
    markDisconnected: () => shown.markDisconnected(),
    freeze() {
      if (frozen) return;
      frozen = true;
      latest = shown.state;
    },
    thaw() {
      if (!frozen) return;
      frozen = false;
      // A LiveState is a snapshot in shape; handing it over makes the store show it whole.
      if (latest && latest !== shown.state) shown.receiveSnapshot(latest);
      latest = null;
    },
  };
  return sink;
}
