import { describe, expect, it } from 'vitest';
import type { Snapshot, Update } from '../../../common/protocol';
import { createFreezableSink, type ShownSink } from '../../../screen/socket/freezableSink';
import { applyUpdate, stateFromSnapshot, type LiveState } from '../../../screen/stores/liveState';
import { appeal, snapshotAt } from '../fixtures';

/** Stands in for the live store: what the wall shows. */
function shownSink() {
  const sink = {
    state: null as LiveState | null,
    get seq(): number {
      return sink.state?.seq ?? 0;
    },
    shownChanges: 0,
    receiveSnapshot(snapshot: Snapshot) {
      sink.state = stateFromSnapshot(snapshot);
      sink.shownChanges += 1;
    },
    receiveUpdate(update: Update) {
      if (!sink.state) return 'gap' as const;
      const result = applyUpdate(sink.state, update);
      if (result.outcome === 'applied') sink.shownChanges += 1;
      sink.state = result.state;
      return result.outcome;
    },
    markConnected: () => undefined,
    markDisconnected: () => undefined,
  } satisfies ShownSink & Record<string, unknown>;
  return sink;
}

const handled = (fromSeq: number, seq: number, value: number): Update => ({
  fromSeq,
  seq,
  at: '2025-06-01T09:01:00+08:00',
  values: { 'appeals.handled': value },
  recent: [appeal(`a${seq}`, seq)],
});

describe('the freeze', () => {
  it('passes everything through while not frozen', () => {
    const shown = shownSink();
    const sink = createFreezableSink(shown);
    sink.receiveSnapshot(snapshotAt(5));
    expect(sink.receiveUpdate(handled(5, 6, 4601))).toBe('applied');
    expect(shown.state?.values['appeals.handled']).toBe(4601);
    expect(sink.seq).toBe(6);
  });

  it('keeps the shown figures while frozen, follows the feed, and shows the latest on release', () => {
    const shown = shownSink();
    const sink = createFreezableSink(shown);
    sink.receiveSnapshot(snapshotAt(5));
    sink.freeze();
    const before = shown.state;

    expect(sink.receiveUpdate(handled(5, 6, 4601))).toBe('applied');
    expect(sink.receiveUpdate(handled(6, 7, 4602))).toBe('applied');
    expect(shown.state).toBe(before);
    expect(sink.seq).toBe(7);
    expect(sink.state?.recent.map((r) => r.id)).toEqual(['a7', 'a6']);

    sink.thaw();
    expect(shown.state?.values['appeals.handled']).toBe(4602);
    expect(shown.state?.seq).toBe(7);
    expect(sink.receiveUpdate(handled(7, 8, 4603))).toBe('applied');
    expect(shown.state?.values['appeals.handled']).toBe(4603);
  });

  it('reports gaps and stale updates while frozen, so the socket can resync', () => {
    const shown = shownSink();
    const sink = createFreezableSink(shown);
    sink.receiveSnapshot(snapshotAt(5));
    sink.freeze();
    expect(sink.receiveUpdate(handled(4, 5, 1))).toBe('stale');
    expect(sink.receiveUpdate(handled(9, 10, 1))).toBe('gap');
    sink.receiveSnapshot({ ...snapshotAt(10), values: { ...snapshotAt(10).values, 'appeals.handled': 5000 } });
    expect(sink.seq).toBe(10);
    expect(shown.state?.values['appeals.handled']).not.toBe(5000);
    sink.thaw();
    expect(shown.state?.values['appeals.handled']).toBe(5000);
  });

  it('changes nothing on release when the feed was quiet', () => {
    const shown = shownSink();
    const sink = createFreezableSink(shown);
    sink.receiveSnapshot(snapshotAt(5));
    const changes = shown.shownChanges;
    sink.freeze();
    sink.freeze();
    sink.thaw();
    sink.thaw();
    expect(shown.shownChanges).toBe(changes);
  });

  it('shows the first snapshot even when frozen before it came, then holds', () => {
    const shown = shownSink();
    const sink = createFreezableSink(shown);
    sink.freeze();
    sink.receiveSnapshot(snapshotAt(5));
    expect(shown.state?.seq).toBe(5);
    sink.receiveUpdate(handled(5, 6, 4601));
    expect(shown.state?.seq).toBe(5);
    expect(sink.frozen).toBe(true);
  });
});
