/**
 * The Socket.IO hub: a snapshot for each screen that connects, then updates
 * throttled so that no screen gets more than one per interval.
 */
import type { Server, Socket } from 'socket.io';
import type { ScreenHandshake, ScreenToServerEvents, ServerToScreenEvents, Snapshot, Update } from '../../common/protocol';
import { catchUp, flushDelay, mergeUpdates } from './updates';
import { ScreenRegistry, type ScreenInfo } from './screens';
import type { DeviceRecord, Pairing } from './pairing';
import { createKeyedBuckets } from '../http/limits';

export type ScreenSocket = Socket<ScreenToServerEvents, ServerToScreenEvents>;
export type ScreenServer = Server<ScreenToServerEvents, ServerToScreenEvents>;

const SCREENS_ROOM = 'screens';
/** How many sent updates are kept for screens that reconnect. */
const CATCH_UP_WINDOW = 256;
/** A screen may ask for a fresh snapshot at most this often. */
const RESYNC_MIN_INTERVAL_MS = 1000;
/** All the screens of one address together may ask this often (a hall PC drives a few walls, not hundreds). */
const RESYNCS_PER_CLIENT_PER_S = 5;
const RESYNC_BURST_PER_CLIENT = 20;

export interface HubOptions {
  intervalMs: number;
  snapshot: () => Snapshot;
  now?: () => number;
  /** Called once a screen has its data, and again once it is paired, e.g. to tell a wall its scene. */
  welcome?: (socketId: string, screen: ScreenInfo) => void;
  pairing: Pairing;
}

export interface Hub {
  /** Called after a batch commits. */
  publish(update: Update): void;
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
  return { lastSeq, screen: text(raw.screen), group: text(raw.group), layout: text(raw.layout), kind, device };
}

export function createHub(io: ScreenServer, options: HubOptions): Hub {
  const now = options.now ?? Date.now;
  const registry = new ScreenRegistry(now);
  const sent: Update[] = [];
  let pending: Update | null = null;
  let lastSentAt: number | undefined;
  let timer: NodeJS.Timeout | undefined;

  const flush = (): void => {
    timer = undefined;
    if (!pending) return;
    const update = pending;
    pending = null;
    lastSentAt = now();
    sent.push(update);
    if (sent.length > CATCH_UP_WINDOW) sent.shift();
    io.to(SCREENS_ROOM).emit('update', update);
  };

  // Resyncs asked for together are answered together: one snapshot built and encoded once for all of them.
  const resyncLimit = createKeyedBuckets(RESYNCS_PER_CLIENT_PER_S, RESYNC_BURST_PER_CLIENT, now);
  let resyncing: Set<string> | null = null;
  const answerResyncs = () => {
    const ids = resyncing;
    resyncing = null;
    if (ids && ids.size > 0) io.to([...ids]).emit('snapshot', options.snapshot());
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
    const missed = handshake.lastSeq === undefined ? null : catchUp(handshake.lastSeq, sent, pending);
    if (missed) socket.emit('update', missed);
    else socket.emit('snapshot', options.snapshot());
    void socket.join(SCREENS_ROOM);
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
        resyncing = new Set();
        setImmediate(answerResyncs);
      }
      resyncing.add(socket.id);
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
    publish(update) {
      pending = pending ? mergeUpdates(pending, update) : update;
      if (timer) return;
      const delay = flushDelay(now(), lastSentAt, options.intervalMs);
      if (delay === 0) flush();
      else timer = setTimeout(flush, delay);
    },
    close() {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
