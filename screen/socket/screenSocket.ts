/**
 * The wall's one link to the server. Everything live reaches the store
 * through here: the snapshot on connect, updates in seq order, and a resync
 * whenever an update shows that something was missed.
 */
import { io, type Socket } from 'socket.io-client';
import type {
  PairedMessage,
  PairingMessage,
  ScreenHandshake,
  ScreenToServerEvents,
  ServerToScreenEvents,
  Snapshot,
  Update,
} from '../../common/protocol';
import type { ControlMessage } from '../../common/control';
import type { WallContentMessage } from '../../common/wallContent';
import type { UpdateOutcome } from '../stores/liveState';
import type { WallMode } from '../../common/mode';

/** The part of the live store the socket feeds. */
export interface LiveSink {
  readonly seq: number;
  /** Which store `seq` counts in, once the wall holds figures. */
  readonly mode: WallMode | undefined;
  readonly state: unknown;
  receiveSnapshot(snapshot: Snapshot): void;
  receiveUpdate(update: Update): UpdateOutcome;
  markConnected(): void;
  markDisconnected(): void;
}

export interface ScreenSocketOptions {
  sink: LiveSink;
  /** How the screen names itself to the server (the URL's `screen`, `group`, and its layout). */
  identity: Omit<ScreenHandshake, 'lastSeq' | 'lastMode'>;
  /** Same origin when omitted. */
  url?: string;
  /** Called on every (re)connection, e.g. to reload the catalog an operator may have edited. */
  onConnected?: () => void;
  /** Called with the wall's playlist and presenter state, on connect and on every command. */
  onControl?: (message: ControlMessage) => void;
  /** The pairing credential to offer on every connection; read anew each time, as pairing changes it. */
  device?: () => string | undefined;
  /** Told when the server shows this page a pairing code (it is not, or no longer, paired). */
  onPairing?: (message: PairingMessage) => void;
  /** Told when a presenter has paired this page: keep the credential. */
  onPaired?: (message: PairedMessage) => void;
  /** Told the wall's words whenever an operator saves them at the desk. */
  onContent?: (message: WallContentMessage) => void;
}

type ScreenSocket = Socket<ServerToScreenEvents, ScreenToServerEvents>;

/** How long a wall waits for the snapshot it asked for before asking again. */
const RESYNC_RETRY_MS = 3000;

/** Opens the socket and returns the function that closes it and removes its listeners. */
export function connectScreen(options: ScreenSocketOptions): () => void {
  const { sink, identity } = options;
  // Set after asking for a resync, so the updates racing the snapshot do not each ask again.
  let awaitingSnapshot = false;

  const socketOptions = {
    // Websocket first: one round trip less before the first live figure.
    transports: ['websocket', 'polling'],
    reconnectionDelay: 500,
    reconnectionDelayMax: 3000,
    // A function, so every reconnection tells the server the seq the wall holds now, and in which store.
    auth: (send: (handshake: ScreenHandshake) => void) => {
      const device = options.device?.();
      const held = sink.state ? { lastSeq: sink.seq, lastMode: sink.mode } : {};
      send({ kind: 'wall', ...identity, ...held, ...(device ? { device } : {}) });
    },
  };
  const socket: ScreenSocket = options.url ? io(options.url, socketOptions) : io(socketOptions);

  socket.on('connect', () => {
    awaitingSnapshot = false;
    sink.markConnected();
    options.onConnected?.();
  });
  let retry: ReturnType<typeof setTimeout> | undefined;
  socket.on('disconnect', (reason) => {
    sink.markDisconnected();
    // Socket.IO gives up after the server itself hangs up (a restart may do that); a wall must never stay offline.
    if (reason === 'io server disconnect') retry = setTimeout(() => socket.connect(), 1000);
  });
  socket.on('connect_error', () => sink.markDisconnected());
  // The server may drop a resync (it limits them per screen and per address): ask again until a snapshot comes.
  let resyncRetry: ReturnType<typeof setTimeout> | undefined;
  const askForSnapshot = () => {
    awaitingSnapshot = true;
    socket.emit('resync');
    clearTimeout(resyncRetry);
    resyncRetry = setTimeout(() => {
      if (awaitingSnapshot && socket.connected) askForSnapshot();
    }, RESYNC_RETRY_MS);
  };
  socket.on('snapshot', (snapshot) => {
    awaitingSnapshot = false;
    clearTimeout(resyncRetry);
    sink.receiveSnapshot(snapshot);
  });
  socket.on('update', (update) => {
    if (awaitingSnapshot) return;
    if (sink.receiveUpdate(update) === 'gap') askForSnapshot();
  });

  socket.on('control', (message) => options.onControl?.(message));
  socket.on('pairing', (message) => options.onPairing?.(message));
  socket.on('paired', (message) => options.onPaired?.(message));
  socket.on('content', (message) => options.onContent?.(message));

  return () => {
    clearTimeout(retry);
    clearTimeout(resyncRetry);
    socket.removeAllListeners();
    socket.disconnect();
  };
}
