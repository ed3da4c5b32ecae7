/** The hub's throttle on a fake clock: how updates are spaced does not depend on how busy the machine is. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Update } from '../../../common/protocol';
import { createHub, type ScreenServer } from '../../../server/realtime/hub';
import { createPairing } from '../../../server/realtime/pairing';

afterEach(() => vi.useRealTimers());

/** Just enough of a Socket.IO server to see what the hub broadcasts, and when. */
function recordingServer() {
  const sent: Array<{ at: number; update: Update }> = [];
  const io = { on: () => io, to: () => ({ emit: (_event: string, update: Update) => sent.push({ at: Date.now(), update }) }) };
  return { io: io as unknown as ScreenServer, sent };
}

const update = (seq: number): Update => ({
  fromSeq: seq - 1,
  seq,
  at: '2026-12-01T09:00:00.000Z',
  values: { 'wishes.fulfilled': 2500 + seq },
});

describe('the update throttle', () => {
  it('sends the first change at once, then at most one update per interval, merged and contiguous', async () => {
    vi.useFakeTimers();
    const { io, sent } = recordingServer();
    const pairing = createPairing({ deviceByCredentialHash: () => null, deviceByName: () => null, saveDevice: () => {} });
    const hub = createHub(io, { intervalMs: 200, snapshot: () => ({}) as never, hallMode: () => 'live', pairing });
    const start = Date.now();
    for (let seq = 1; seq <= 10; seq += 1) {
      hub.publish(update(seq));
      await vi.advanceTimersByTimeAsync(50);
    }
    await vi.advanceTimersByTimeAsync(1000);
    hub.close();

    expect(sent[0]?.at).toBe(start);
    const gaps = sent.slice(1).map((s, i) => s.at - sent[i]!.at);
    expect(gaps.every((gap) => gap >= 200)).toBe(true);
    expect(sent.length).toBeLessThan(10);
    expect(sent.map((s) => [s.update.fromSeq, s.update.seq])).toEqual(
      sent.map((s, i) => [i === 0 ? 0 : sent[i - 1]!.update.seq, s.update.seq]),
    );
    expect(sent.at(-1)?.update.values['wishes.fulfilled']).toBe(2510);
  });
});
