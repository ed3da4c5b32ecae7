/** The wall's socket module against a real Socket.IO server standing in for the hall's. */
import type { WallMode } from '../../common/mode';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket } from 'socket.io';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScreenHandshake, ScreenToServerEvents, ServerToScreenEvents, Snapshot, Update } from '../../common/protocol';
import { connectScreen, type LiveSink } from '../../screen/socket/screenSocket';
import { classifyUpdate, type UpdateOutcome } from '../../screen/stores/liveState';
import { snapshotAt } from './fixtures';

type ServerSocket = Socket<ScreenToServerEvents, ServerToScreenEvents>;

/** A sink that records what the socket module tells the store. */
function recordingSink() {
  const sink = {
    seq: 0,
    mode: undefined as WallMode | undefined,
    state: null as Snapshot | null,
    log: [] as string[],
    receiveSnapshot(snapshot: Snapshot) {
      sink.state = snapshot;
      sink.seq = snapshot.seq;
      sink.mode = snapshot.mode;
      sink.log.push(`snapshot ${snapshot.seq}`);
    },
    receiveUpdate(update: Update): UpdateOutcome {
      const outcome = classifyUpdate(sink.seq, update);
      if (outcome === 'applied') sink.seq = update.seq;
      sink.log.push(`update ${update.fromSeq}-${update.seq} ${outcome}`);
      return outcome;
    },
    markConnected: () => sink.log.push('connected'),
    markDisconnected: () => sink.log.push('disconnected'),
  } satisfies LiveSink & Record<string, unknown>;
  return sink;
}

/** Waits until `check` holds, up to a bound generous enough for a loaded machine. */
const until = async (check: () => boolean) => {
  const deadline = Date.now() + 15_000;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

let cleanup: Array<() => void> = [];
afterEach(() => {
  cleanup.forEach((fn) => fn());
  cleanup = [];
});

async function hall(onConnection: (socket: ServerSocket) => void) {
  const http = createServer();
  const io = new Server<ScreenToServerEvents, ServerToScreenEvents>(http);
  io.on('connection', onConnection);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  cleanup.push(() => void io.close());
  return `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
}

describe('the screen socket', () => {
  it('introduces the wall, feeds the snapshot and updates in order, and resyncs after a gap', async () => {
    const handshakes: ScreenHandshake[] = [];
    let resyncs = 0;
    const url = await hall((socket) => {
      handshakes.push(socket.handshake.auth as ScreenHandshake);
      socket.emit('snapshot', snapshotAt(10));
      socket.emit('update', { fromSeq: 10, seq: 11, at: '', values: {} });
      socket.emit('update', { fromSeq: 13, seq: 14, at: '', values: {} });
      socket.emit('update', { fromSeq: 14, seq: 15, at: '', values: {} });
      socket.on('resync', () => {
        resyncs += 1;
        socket.emit('snapshot', snapshotAt(15));
      });
    });
    const sink = recordingSink();
    cleanup.push(connectScreen({ sink, identity: { screen: 'hall-left', group: 'main', layout: '16x9' }, url }));

    await until(() => sink.log.includes('snapshot 15'));
    expect(handshakes[0]).toEqual({ screen: 'hall-left', group: 'main', layout: '16x9', kind: 'wall' });
    expect(sink.log).toEqual(['connected', 'snapshot 10', 'update 10-11 applied', 'update 13-14 gap', 'snapshot 15']);
    expect(resyncs).toBe(1);
  });

  it('tells the server the seq it holds, and in which store, when it reconnects', async () => {
    const handshakes: ScreenHandshake[] = [];
    const url = await hall((socket) => {
      handshakes.push(socket.handshake.auth as ScreenHandshake);
      if (handshakes.length === 1) {
        socket.emit('snapshot', { ...snapshotAt(42), mode: 'demo', demo: true });
        setTimeout(() => socket.disconnect(), 20);
      }
    });
    const sink = recordingSink();
    cleanup.push(connectScreen({ sink, identity: {}, url }));

    await until(() => handshakes.length === 2 && sink.log.length >= 4);
    expect(handshakes[1]).toMatchObject({ lastSeq: 42, lastMode: 'demo' });
    expect(sink.log.slice(0, 4)).toEqual(['connected', 'snapshot 42', 'disconnected', 'connected']);
  });
});
