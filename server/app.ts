/**
 * Builds the HTTP app and the Socket.IO hub on a given HTTP server, without
 * listening, so that tests and the entry point assemble it the same way.
 */
import express from 'express';
import { accessSync, constants } from 'node:fs';
import helmet from 'helmet';
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { Catalog } from '../common/catalog';
import { vocabularyOf } from '../common/catalog';
import { createEventSchemas } from '../common/events';
import type { Config } from './config';
import type { Ledger } from './domain/ledger';
import { handleErrors, sendError } from './http/errors';
import { eventsRouter } from './http/eventsRouter';
import { limitRate } from './http/guards';
import { createFailureCounter, createTokenBucket } from './http/limits';
import { readRouter } from './http/readRouter';
import { originAllowed, ownOrigins } from './realtime/origins';
import { createPairing } from './realtime/pairing';
import { createHub, type Hub, type ScreenServer } from './realtime/hub';
import { serveScreen } from './http/serveScreen';
import type { Store } from './store/store';
import type { Tokens } from './tokens';
import type { PlaylistEntry } from '../common/control';
import { createControlService } from './control/controlService';
import type { ControlStore } from './control/controlStore';
import { controlRouter } from './http/controlRouter';
import { createRefusalAuditor } from './control/refusalAudit';
import { createStorageHealth, type StorageHealth } from './store/storageHealth';
import type { AuthStore } from './auth/authStore';
import { createAccessControl } from './auth/accessControl';
import { principalOf, senderName } from './auth/principal';
import { peopleRoutes } from './http/peopleRoutes';
import { deskRoutes } from './http/deskRoutes';
import { join } from 'node:path';
import { auditRecorded } from './audit/recordedLines';
import { contentRoutes } from './http/contentRoutes';
import { createHallMode } from './mode/hallMode';
import { modeShown } from './mode/modeChoice';
import { createSnapshots } from './mode/snapshots';
import { modeRouter } from './http/modeRouter';

export interface AppDeps {
  config: Config;
  catalog: Catalog;
  ledger: Ledger;
  /** The demo feed's own ledger: only batches sent with `x-feed-kind: demo` go there. */
  demoLedger: Ledger;
  store: Store;
  tokens: Tokens;
  controlStore: ControlStore;
  /** Accounts, sessions and feed keys. */
  authStore: AuthStore;
  playlist: PlaylistEntry[];
  /** Where the built screen is; absent in tests that need no page. */
  screenDir?: string;
  /** Whether the stores can write; a fresh tracker when absent. */
  storage?: StorageHealth;
  /** The clock sessions and sign-in limits run on; tests move it to expire a session. */
  now?: () => number;
}

export interface Application {
  app: express.Express;
  io: ScreenServer;
  hub: Hub;
  close(): Promise<void>;
}

const SOCKET_MAX_MESSAGE_BYTES = 16 * 1024;

export function createApplication(httpServer: HttpServer, deps: AppDeps): Application {
  const { config, catalog, ledger, store, tokens, authStore } = deps;
  const now = deps.now ?? Date.now;
  const startedAt = Date.now();
  const storage = deps.storage ?? createStorageHealth();
  // A read-only data folder shows at once in health, not only at the first write.
  try {
    accessSync(config.dataDir, constants.W_OK);
  } catch (error) {
    storage.failed(error);
  }
  const ledgers = { live: ledger, demo: deps.demoLedger };
  const snapshot = createSnapshots(ledgers);
  const hallMode = createHallMode(deps.controlStore, config.mock);

  const listeningPort = () => {
    const address = httpServer.address();
    return typeof address === 'object' && address ? address.port : config.port;
  };
  // Said once per origin, so that IT staff see why a wall opened by a host name stays offline.
  const refusedOrigins = new Set<string>();
  const noteRefusedOrigin = (origin: string) => {
    if (refusedOrigins.size >= 100 || refusedOrigins.has(origin)) return;
    refusedOrigins.add(origin);
    console.warn(
      `realtime: refused a page from ${JSON.stringify(origin.slice(0, 200))}; if that is the hall's own address, add it to ALLOWED_ORIGINS`,
    );
  };
  // The app must listen before Socket.IO attaches, so that Socket.IO answers its own path first.
  const app = express();
  httpServer.on('request', app);
  const io: ScreenServer = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: SOCKET_MAX_MESSAGE_BYTES,
    // A heartbeat every 10 s: the console sees a dead wall within 20 s, not the default 45.
    pingInterval: 10_000,
    pingTimeout: 10_000,
    allowRequest: (req, callback) => {
      const allowed = originAllowed(req.headers.origin, config.allowedOrigins, ownOrigins(listeningPort()));
      if (!allowed) noteRefusedOrigin(req.headers.origin ?? '');
      callback(null, allowed);
    },
  });
  const pairing = createPairing(deps.controlStore);

  const hub = createHub(io, {
    intervalMs: config.updateIntervalMs,
    snapshot,
    hallMode: () => hallMode.current(),
    // Screens connect only once the server listens, after createApplication has returned: by then `control` exists.
    welcome: (socketId, screen) => {
      const message = control.messageFor(screen);
      if (message) io.to(socketId).emit('control', message);
    },
    pairing,
  });
  const control = createControlService({
    store: deps.controlStore,
    playlist: deps.playlist,
    registry: hub.registry,
    send: (socketId, message) => io.to(socketId).emit('control', message),
  });

  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(
    helmet({
      // The hall's network is plain HTTP: never upgrade or pin HTTPS.
      strictTransportSecurity: false,
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null, connectSrc: ["'self'"] } },
    }),
  );

  const failures = createFailureCounter(config.authFailureLimit, 60_000, Date.now);
  const refusals = createRefusalAuditor((entry) => deps.controlStore.audit(entry));
  const access = createAccessControl({
    store: authStore,
    policy: { idleMs: config.sessionIdleMinutes * 60_000, maxMs: config.sessionMaxHours * 3_600_000 },
    controlToken: () => tokens.control,
    ingestToken: tokens.ingest,
    failures,
    refusals,
    storage,
    ownPage: (origin) => originAllowed(origin, config.allowedOrigins, ownOrigins(listeningPort())),
    now,
  });
  app.use('/api', access.authenticate);
  const schemas = createEventSchemas(vocabularyOf(catalog));
  const ingestCeiling = createTokenBucket(config.ingestRateLimit, config.ingestRateLimit, Date.now);
  app.use(
    '/api',
    readRouter({
      catalog,
      snapshot,
      hallMode: () => hallMode.current(),
      seq: () => ledger.state.seq,
      screens: () => hub.registry.size,
      store,
      startedAt,
      storageProblem: () => storage.problem,
    }),
  );
  app.use(
    '/api',
    eventsRouter({
      ledgers,
      schemas,
      // The credential first: an unauthenticated flood must not spend the feed's allowance.
      guards: [access.require({ permission: 'record', feedKeys: true }), limitRate(() => ingestCeiling.take())],
      onCommitted: (update, mode) => hub.publish(update, mode),
      storage,
      senderOf: (res) => senderName(principalOf(res)),
      recorded: auditRecorded((line) => authStore.audit(line), storage, now),
    }),
  );
  app.use(
    '/api',
    controlRouter({
      control,
      requirePresent: access.require({ permission: 'present', controlToken: true }),
      refusals,
      storage,
      pairing,
      hub,
    }),
  );
  app.use(
    '/api',
    peopleRoutes({
      access,
      authStore,
      ledger,
      store,
      dataDir: config.dataDir,
      sessionMaxMs: config.sessionMaxHours * 3_600_000,
      storage,
      now,
    }),
  );
  app.use(
    '/api',
    deskRoutes({
      access,
      authStore,
      ledger,
      store,
      hub,
      file: join(config.dataDir, 'wall.sqlite'),
      catalog,
      schemas,
      storage,
      now,
      control,
    }),
  );
  app.use(
    '/api',
    modeRouter({
      hallMode,
      requireManage: access.require({ permission: 'manage' }),
      onSwitched: (mode) => hub.followHall(mode),
      audit: (line) => authStore.audit(line),
      storage,
      now,
    }),
  );
  const content = contentRoutes({ dataDir: config.dataDir, catalog, access, authStore, io, storage, now });
  app.use('/api', content.router);
  app.use('/api', (_req, res) => sendError(res, 404, 'not_found', 'no such endpoint'));
  // A page pinned with `?mode=` is written the figures of the store its socket will show.
  const bootSnapshot = (asked: unknown) => snapshot(modeShown(asked, hallMode.current()));
  if (deps.screenDir)
    app.use(serveScreen(deps.screenDir, (req) => ({ snapshot: bootSnapshot(req.query.mode), catalog, content: content.current() })));
  app.use(handleErrors);

  return {
    app,
    io,
    hub,
    close: async () => {
      hub.close();
      await io.close();
      content.close();
    },
  };
}
