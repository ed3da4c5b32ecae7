/**
 * The server's settings, read from the environment. Pure: the same
 * environment always gives the same config, or the same error.
 */
import { isIP } from 'node:net';
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  baselineFile: string;
  playlistFile: string;
  /** From the environment; when absent, tokens are generated and kept in dataDir. */
  ingestToken?: string;
  controlToken?: string;
  mock: boolean;
  /** Whether to build (when stale) and serve the wall screen; off for a headless data service. */
  screen: boolean;
  mockRate: number;
  /** Least time between two updates to a screen. */
  updateIntervalMs: number;
  /** Ingest requests per second the server accepts before answering 429. */
  ingestRateLimit: number;
  /** Failed authentications one client may make per minute before it is refused. */
  authFailureLimit: number;
  /** A signed-in session unused for this long ends. */
  sessionIdleMinutes: number;
  /** A signed-in session ends this long after sign-in, however used. */
  sessionMaxHours: number;
  /** How often the server verifies its own ledger; 0 for never (then only `npm run verify` and the admin's button do). */
  ledgerCheckHours: number;
  /** Origins allowed to open a Socket.IO connection besides the server's own. */
  allowedOrigins: string[];
  synchronous: 'full' | 'normal';
  /**
   * Which reverse proxies' `X-Forwarded-For` to believe (Express `trust proxy`): none
   * (false), the nearest N hops, or the proxies at these addresses or subnets.
   */
  trustProxy: false | number | string[];
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function token(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (raw.length < 16) throw new Error(`${name} must be at least 16 characters long`);
  return raw;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['on', 'true', '1', 'yes'].includes(raw)) return true;
  if (['off', 'false', '0', 'no'].includes(raw)) return false;
  throw new Error(`${name} must be on or off, got "${env[name]}"`);
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** `off`, a hop count, or proxy addresses: never "on", which would believe any client's own header. */
function trustedProxies(raw: string | undefined): Config['trustProxy'] {
  const value = raw?.trim().toLowerCase() ?? '';
  if (value === '' || ['off', 'false', 'no', '0'].includes(value)) return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops >= 1 && hops <= 10) return hops;
  } else {
    const entries = value
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    const valid = (entry: string) => {
      const [address, bits, extra] = entry.split('/');
      const family = isIP(address ?? '');
      if (extra !== undefined || (family === 0 && !PROXY_NAMES.includes(entry))) return false;
      return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
    };
    if (entries.length > 0 && entries.every(valid)) return entries;
  }
  throw new Error(
    `TRUST_PROXY must be off, the number of proxies in front of the server (1-10), or their addresses (e.g. 127.0.0.1 or 10.0.0.0/8), got "${raw}"`,
  );
}

export function readConfig(env: Env, cwd = process.cwd()): Config {
  const synchronous = (env.SQLITE_SYNC ?? 'full').toLowerCase();
  if (synchronous !== 'full' && synchronous !== 'normal') throw new Error(`SQLITE_SYNC must be full or normal`);
  const ingestToken = token(env, 'INGEST_TOKEN');
  const controlToken = token(env, 'CONTROL_TOKEN');
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    dataDir: resolve(cwd, env.DATA_DIR || './data'),
    baselineFile: resolve(cwd, env.BASELINE_FILE || 'assets/baseline.json'),
    playlistFile: resolve(cwd, env.PLAYLIST_FILE || 'assets/playlist.json'),
    ...(ingestToken ? { ingestToken } : {}),
    ...(controlToken ? { controlToken } : {}),
    mock: flag(env, 'MOCK', true),
    screen: flag(env, 'SCREEN', true),
    mockRate: integer(env, 'MOCK_RATE', 3, 1, 10_000),
    updateIntervalMs: integer(env, 'UPDATE_INTERVAL_MS', 100, 0, 60_000),
    ingestRateLimit: integer(env, 'INGEST_RATE_LIMIT', 500, 1, 1_000_000),
    authFailureLimit: integer(env, 'AUTH_FAILURE_LIMIT', 20, 1, 10_000),
    sessionIdleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 60, 1, 24 * 60),
    sessionMaxHours: integer(env, 'SESSION_MAX_HOURS', 12, 1, 30 * 24),
    ledgerCheckHours: integer(env, 'LEDGER_CHECK_HOURS', 24, 0, 30 * 24),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    synchronous,
    trustProxy: trustedProxies(env.TRUST_PROXY),
  };
}
