/**
 * The Socket.IO hub: a snapshot for each screen that connects, then the
 * throttled updates of the store it shows (live or demo): the hall's mode,
 * followed through every switch, unless its page pinned one with `?mode=`.
 */
import type { Server, Socket } from 'socket.io';
import { isWallMode, type WallMode } from '../../common/mode';
import type { ScreenHandshake, ScreenToServerEvents, ServerToScreenEvents, Snapshot, Update } from '../../common/protocol';
import { chooseMode } from '../mode/modeChoice';
import { resumableSeq } from './updates';
import { createUpdateStream } from './updateStream';
import { ScreenRegistry, type ScreenInfo } from './screens';
import type { DeviceRecord, Pairing } from './pairing';
import { createKeyedBuckets } from '../http/limits';

export type ScreenSocket = Socket<ScreenToServerEvents, ServerToScreenEvents>;
export type ScreenServer = Server<ScreenToServerEvents, ServerToScreenEvents>;

/** Every screen showing a store is in its room; those that follow the hall are also in FOLLOWERS_ROOM. */
const roomOf = (mode: WallMode) => `screens:${mode}`;
const FOLLOWERS_ROOM = 'screens:following';
/** A screen may ask for a fresh snapshot at most this often. */
const RESYNC_MIN_INTERVAL_MS = 1000;
/** All the screens of one address together may ask this often (a hall PC drives a few walls, not hundreds). */
const RESYNCS_PER_CLIENT_PER_S = 5;
const RESYNC_BURST_PER_CLIENT = 20;

export interface HubOptions {
  intervalMs: number;
  snapshot: (mode: WallMode) => Snapshot;
  /** The mode the walls that follow the hall show now. */
  hallMode: () => WallMode;
  now?: () => number;
  /** Called once a screen has its data, and again once it is paired, e.g. to tell a wall its scene. */
  welcome?: (socketId: string, screen: ScreenInfo) => void;
  pairing: Pairing;
}

export interface Hub {
  /** Called after a batch commits in the ledger of `mode`: the live one unless said. */
  publish(update: Update, mode?: WallMode): void;
  /** Moves every screen that follows the hall to the store of `mode`, with a snapshot of it at once. */
  followHall(mode: WallMode): void;
  readonly registry: ScreenRegistry;
  /** Makes the page `socketId` the paired screen `device`, and gives it its credential. */
  pair(socketId: string, device: DeviceRecord, credential: string): boolean;
  close(): void;
}

function handshakeOf(socket: Socket): ScreenHandshake {
  const auth: unknown = socket.handshake.auth;
  if (typeof auth !== 'object' || auth === null) return {};
  const raw = auth as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value.length <= 64 ? value : undefined);
  const lastSeq = typeof raw.lastSeq === 'number' && Number.isSafeInteger(raw.lastSeq) && raw.lastSeq >= 0 ? raw.lastSeq : undefined;
  const kind = raw.kind === 'kiosk' ? 'kiosk' : 'wall';
  const device = typeof raw.device === 'string' && raw.device.length <= 128 ? raw.device : undefined;
  const lastMode = isWallMode(raw.lastMode) ? raw.lastMode : undefined;
  return {
    lastSeq,
    lastMode,
    mode: text(raw.mode),
    screen: text(raw.screen),
    group: text(raw.group),
    layout: text(raw.layout),
    kind,
    device,
  };
}

export function createHub(io: ScreenServer, options: HubOptions): Hub {
  const now = options.now ?? Date.now;
  const registry = new ScreenRegistry(now);
  const streamOf = (mode: WallMode) =>
    createUpdateStream({ mode, intervalMs: options.intervalMs, now, send: (update) => io.to(roomOf(mode)).emit('update', update) });
  const streams = { live: streamOf('live'), demo: streamOf('demo') };

  // Resyncs asked for together are answered together: one snapshot per store built and encoded once for all of them.
  const resyncLimit = createKeyedBuckets(RESYNCS_PER_CLIENT_PER_S, RESYNC_BURST_PER_CLIENT, now);
  let resyncing: Map<string, () => WallMode> | null = null;
  const answerResyncs = () => {
    const asked = resyncing;
    resyncing = null;
    for (const mode of ['live', 'demo'] as const) {
      const ids = [...(asked ?? [])].filter(([, showing]) => showing() === mode).map(([id]) => id);
      if (ids.length > 0) io.to(ids).emit('snapshot', options.snapshot(mode));
    }
  };

  // Unpaired pages that got no code (too many were waiting): offered one as soon as one is free.
  const codeless = new Map<string, ScreenSocket>();
  const offerCode = (socket: ScreenSocket, kind: 'wall' | 'kiosk') => {
    const code = options.pairing.issue(socket.id, socket.handshake.address, kind);
    if (code === null) codeless.set(socket.id, socket);
    else codeless.delete(socket.id);
    socket.emit('pairing', { code });
  };
  const releaseCode = (socketId: string) => {
    options.pairing.release(socketId);
    for (const [id, waiting] of codeless) {
      const info = registry.get(id);
      if (!info || info.paired) codeless.delete(id);
      else return offerCode(waiting, info.kind);
    }
  };

  io.on('connection', (socket: ScreenSocket) => {
    const handshake = handshakeOf(socket);
    let device: DeviceRecord | null;
    try {
      device = options.pairing.identify(handshake.device);
    } catch {
      // The store could not be read (a failing disk): let the page retry rather than treat it as unpaired.
      socket.disconnect(true);
      return;
    }
    const screen = registry.add(socket.id, handshake, device);
    // A mode the page cannot name rightly is no reason to leave a wall dark: it follows the hall.
    const choice = chooseMode(handshake.mode, options.hallMode());
    const pinned = choice.ok && choice.pinned ? choice.mode : null;
    const showing = () => pinned ?? options.hallMode();
    const from = resumableSeq(handshake, showing());
    const missed = from === null ? null : streams[showing()].catchUp(from);
    if (missed) socket.emit('update', missed);
    else socket.emit('snapshot', options.snapshot(showing()));
    void socket.join(pinned ? [roomOf(pinned)] : [roomOf(showing()), FOLLOWERS_ROOM]);
    options.welcome?.(socket.id, screen);
    if (!device) offerCode(socket, screen.kind);
    // Engine.IO's ping and pong are the screen's heartbeat, shown on the presenter console.
    socket.conn.on('heartbeat', () => registry.seen(socket.id));

    let lastResync = 0;
    socket.on('resync', () => {
      if (now() - lastResync < RESYNC_MIN_INTERVAL_MS) return;
      if (!resyncLimit.take(socket.handshake.address).ok) return;
      lastResync = now();
      if (!resyncing) {
        resyncing = new Map();
        setImmediate(answerResyncs);
      }
      resyncing.set(socket.id, showing);
    });
    socket.on('disconnect', () => {
      registry.remove(socket.id);
      codeless.delete(socket.id);
      releaseCode(socket.id);
    });
  });

  return {
    registry,
    pair(socketId, device, credential) {
      const screen = registry.pair(socketId, device);
      if (!screen) return false;
      releaseCode(socketId);
      io.to(socketId).emit('paired', { credential, screen: device.name, group: device.group });
      options.welcome?.(socketId, screen);
      return true;
    },
    publish(update, mode = 'live') {
      streams[mode].publish(update);
    },
    followHall(mode) {
      // Synchronous with the room change: no update of the old store can reach a follower after its new snapshot.
      const followers = io.in(FOLLOWERS_ROOM);
      followers.socketsLeave(roomOf(mode === 'live' ? 'demo' : 'live'));
      followers.socketsJoin(roomOf(mode));
      io.to(FOLLOWERS_ROOM).emit('snapshot', options.snapshot(mode));
    },
    close() {
      streams.live.close();
      streams.demo.close();
    },
  };
}
