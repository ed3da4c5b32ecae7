/**
 * Real servers for tests: real SQLite in a temporary folder, a real HTTP
 * port, the mock feed off.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../server/config';
import { startServer, type RunningServer } from '../../server/server';

export interface TestServer {
  url: string;
  port: number;
  ingestToken: string;
  controlToken: string;
  dataDir: string;
  running: RunningServer;
  stop(): Promise<void>;
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'wall-test-'));
}

/** Starts a server on an ephemeral port (or `env.PORT`), on `dataDir` or a fresh temporary one. */
export async function startTestServer(
  options: { dataDir?: string; env?: Record<string, string>; screenDir?: string; now?: () => number; firstLedgerCheckMs?: number } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDataDir();
  const config = readConfig({ PORT: '0', HOST: '127.0.0.1', MOCK: 'off', SQLITE_SYNC: 'normal', ...options.env, DATA_DIR: dataDir });
  const running = await startServer(config, {
    ...(options.screenDir ? { screenDir: options.screenDir } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.firstLedgerCheckMs !== undefined ? { firstLedgerCheckMs: options.firstLedgerCheckMs } : {}),
  });
  return {
    url: running.url,
    port: running.port,
    ingestToken: running.tokens.ingest,
    controlToken: running.tokens.control,
    dataDir,
    running,
    stop: () => running.close(),
  };
}

/** Posts events with the server's ingest token (or the one given). */
export function postEvents(server: Pick<TestServer, 'url' | 'ingestToken'>, body: unknown, token = server.ingestToken): Promise<Response> {
  return fetch(`${server.url}/api/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export async function getJson<T>(server: Pick<TestServer, 'url'>, path: string): Promise<T> {
  const res = await fetch(`${server.url}${path}`);
  if (!res.ok) throw new Error(`GET ${path} answered ${res.status}`);
  return (await res.json()) as T;
}
