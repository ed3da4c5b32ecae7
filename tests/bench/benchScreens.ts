/**
 * Lightweight screens for the bench: real socket.io-client connections that
 * keep only when each update arrived and which seq it brought, so that 500
 * of them can run for minutes without the load generator drowning in memory.
 */
import { io, type Socket } from 'socket.io-client';
import type { ScreenToServerEvents, ServerToScreenEvents } from '../../common/protocol';

/** One bench screen and what it recorded. */
export interface BenchScreen {
  socket: Socket<ServerToScreenEvents, ScreenToServerEvents>;
  /** Seq after each update, in arrival order. */
  seqs: number[];
  /** performance.now() at each arrival, parallel to `seqs`. */
  times: number[];
  /** Updates whose fromSeq did not follow on from the screen's seq. */
  gaps: number;
  seq: number;
}

function connectOne(url: string): Promise<BenchScreen> {
  const socket: Socket<ServerToScreenEvents, ScreenToServerEvents> = io(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
  });
  const screen: BenchScreen = { socket, seqs: [], times: [], gaps: 0, seq: -1 };
  socket.on('update', (update) => {
    if (update.fromSeq > screen.seq) screen.gaps += 1;
    screen.seq = Math.max(screen.seq, update.seq);
    screen.seqs.push(update.seq);
    screen.times.push(performance.now());
  });
  return new Promise((done, fail) => {
    socket.once('connect_error', fail);
    socket.once('snapshot', (snapshot) => {
      screen.seq = snapshot.seq;
      done(screen);
    });
  });
}

/** Connects `count` screens, a few dozen at a time so that the handshakes do not time out. */
export async function connectScreens(url: string, count: number): Promise<BenchScreen[]> {
  const screens: BenchScreen[] = [];
  for (let i = 0; i < count; i += 50) {
    screens.push(...(await Promise.all(Array.from({ length: Math.min(50, count - i) }, () => connectOne(url)))));
  }
  return screens;
}

/** Forgets what the screens recorded so far, to start a new measurement window. */
export function clearRecords(screens: readonly BenchScreen[]): void {
  for (const screen of screens) {
    screen.seqs = [];
    screen.times = [];
    screen.gaps = 0;
  }
}

/** Disconnects every screen. */
export function closeScreens(screens: readonly BenchScreen[]): void {
  for (const screen of screens) screen.socket.close();
}
