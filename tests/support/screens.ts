/**
 * Real socket.io-client screens for tests, each keeping the figures it was
 * told, exactly as a wall would, and flagging any gap or double count.
 */
import { io, type Socket } from 'socket.io-client';
import type { MetricValues } from '../../common/metrics';
import type { WallMode } from '../../common/mode';
import type { ScreenHandshake, ScreenToServerEvents, ServerToScreenEvents, Snapshot, Update } from '../../common/protocol';

export interface TestScreen {
  socket: Socket<ServerToScreenEvents, ScreenToServerEvents>;
  seq: number;
  /** The store what it holds came from, once it holds anything. */
  mode: WallMode | undefined;
  values: Partial<MetricValues>;
  snapshots: Snapshot[];
  updates: Update[];
  /** Ticker ids in the order received; a repeat means a double count. */
  recentIds: string[];
  /** Updates that did not follow on from what the screen had. */
  gaps: Update[];
  /** Updates of a store other than the one it showed: never applied, and never to be sent. */
  crossed: Update[];
  /** The pairing code the server last showed this screen; null once paired or when none was free. */
  pairingCode: string | null;
  /** The credential it was given when paired, offered again on every reconnection. */
  device: string | null;
  /** Resolves once the screen has reached `seq`. */
  reach(seq: number, timeoutMs?: number): Promise<void>;
  close(): void;
}

export function connectScreen(url: string, auth: ScreenHandshake = {}, options: { reconnection?: boolean } = {}): TestScreen {
  const socket: Socket<ServerToScreenEvents, ScreenToServerEvents> = io(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: options.reconnection ?? false,
    reconnectionDelay: 50,
    reconnectionDelayMax: 200,
  });
  const screen: TestScreen = {
    socket,
    seq: -1,
    mode: undefined,
    values: {},
    snapshots: [],
    updates: [],
    recentIds: [],
    gaps: [],
    crossed: [],
    pairingCode: null,
    device: null,
    reach: (target, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const started = Date.now();
        const poll = () => {
          if (screen.seq >= target) return resolve();
          if (Date.now() - started > timeoutMs) return reject(new Error(`screen stuck at seq ${screen.seq}, wanted ${target}`));
          setTimeout(poll, 5);
        };
        poll();
      }),
    close: () => socket.close(),
  };
  // Each (re)connection tells the server what this screen has, as the wall does.
  socket.auth = (cb) =>
    cb({
      ...auth,
      ...(screen.seq >= 0 ? { lastSeq: screen.seq } : auth.lastSeq !== undefined ? { lastSeq: auth.lastSeq } : {}),
      ...(screen.mode ? { lastMode: screen.mode } : {}),
      ...(screen.device ? { device: screen.device } : {}),
    });
  socket.on('pairing', ({ code }) => {
    screen.pairingCode = code;
    screen.device = null;
  });
  socket.on('paired', ({ credential }) => {
    screen.pairingCode = null;
    screen.device = credential;
  });
  socket.on('snapshot', (snapshot) => {
    screen.snapshots.push(snapshot);
    screen.seq = snapshot.seq;
    screen.mode = snapshot.mode;
    screen.values = { ...snapshot.values };
    screen.recentIds = snapshot.recent.map((r) => r.id).reverse();
  });
  socket.on('update', (update) => {
    screen.updates.push(update);
    if (update.mode !== undefined && update.mode !== screen.mode) {
      screen.crossed.push(update);
      return;
    }
    if (update.seq <= screen.seq) return;
    if (update.fromSeq > screen.seq) {
      screen.gaps.push(update);
      return;
    }
    Object.assign(screen.values, update.values);
    const fresh = (update.recent ?? []).filter((r) => r.seq > screen.seq).reverse();
    screen.recentIds.push(...fresh.map((r) => r.id));
    screen.seq = update.seq;
  });
  return screen;
}

export function waitFor(predicate: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      if (predicate()) return resolve();
      if (Date.now() - started > timeoutMs) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(poll, 5);
    };
    poll();
  });
}
