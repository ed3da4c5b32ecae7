/**
 * A real ingest and ledger service for the ledger's tests: the real store on
 * SQLite in a temporary folder, the real ledger, the real events and ledger
 * routers on a real HTTP port. Only the guards stand in for the lead's
 * authentication: the bearer names the feed key, `x-test-may` the permissions.
 */
import { execFile } from 'node:child_process';
import express, { type RequestHandler } from 'express';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { VerifyResult } from '../../../common/auth';
import type { DomainEvent } from '../../../common/events';
import { createLedger, type Ledger } from '../../../server/domain/ledger';
import { handleErrors, sendError } from '../../../server/http/errors';
import { eventsRouter } from '../../../server/http/eventsRouter';
import { ledgerRouter } from '../../../server/http/ledgerRouter';
import { createStorageHealth } from '../../../server/store/storageHealth';
import { openSqliteStore } from '../../../server/store/sqliteStore';
import { freshState, schemas } from '../../support/baseline';
import { tempDataDir } from '../../support/server';

export interface LedgerServer {
  url: string;
  dataDir: string;
  ledger: Ledger;
  /** What `onVerified` and `recorded` were told, in order. */
  verified: VerifyResult[];
  recorded: Array<{ sender: string; events: readonly DomainEvent[]; accepted: number }>;
  stop(): Promise<void>;
}

/** Lets a request through when `x-test-may` lists `permission`; a stand-in for the lead's role guards. */
const standInGuard =
  (permission: string): RequestHandler =>
  (req, res, next) => {
    const granted = (req.get('x-test-may') ?? '').split(',');
    if (granted.includes(permission)) return next();
    sendError(res, 403, 'forbidden', `needs ${permission}`);
  };

/** A stand-in for feed-key authentication: `Bearer <name>` is the key named `<name>`. */
const standInKey: RequestHandler = (req, res, next) => {
  const name = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
  if (!name) return sendError(res, 401, 'unauthorized', 'no key');
  res.locals.sender = `key:${name}`;
  next();
};

export async function startLedgerServer(dataDir = tempDataDir()): Promise<LedgerServer> {
  const store = openSqliteStore(dataDir, { synchronous: 'normal' });
  const ledger = createLedger(store, freshState);
  const verified: VerifyResult[] = [];
  const recorded: LedgerServer['recorded'] = [];
  const app = express();
  app.use(
    '/api',
    eventsRouter({
      // One ledger for both kinds of feed: the checks must also read a store from before the demo had its own.
      ledgers: { live: ledger, demo: ledger },
      schemas,
      guards: [standInKey],
      onCommitted: () => {},
      storage: createStorageHealth(),
      senderOf: (res) => String(res.locals.sender),
      recorded: (res, events, accepted) => recorded.push({ sender: String(res.locals.sender), events, accepted }),
    }),
  );
  app.use(
    '/api',
    ledgerRouter({
      ledger,
      store,
      file: join(dataDir, 'wall.sqlite'),
      requireManage: standInGuard('manage'),
      requireTrace: standInGuard('trace'),
      onVerified: (_res, result) => verified.push(result),
    }),
  );
  app.use(handleErrors);
  const http = createServer(app);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    ledger,
    verified,
    recorded,
    stop: async () => {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      store.close();
    },
  };
}

/** Posts events as the feed key `key`. */
export function send(server: Pick<LedgerServer, 'url'>, events: unknown, key = 'hotline', kind?: 'demo'): Promise<Response> {
  return fetch(`${server.url}/api/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...(kind ? { 'x-feed-kind': kind } : {}) },
    body: JSON.stringify(events),
  });
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run verify` on `dataDir` as a child process, as IT staff would. */
export async function runVerify(dataDir: string, ...args: string[]): Promise<CliRun> {
  const root = join(import.meta.dirname, '../../..');
  try {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', '--silent', 'verify', '--', ...args], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}
