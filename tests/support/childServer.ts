/**
 * A server in its own process, so that it can be killed with SIGKILL and its
 * CPU and memory measured apart from the clients that load it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** Bench/drill token: fixed, so that a restarted process accepts the same sender. */
export const CHILD_INGEST_TOKEN = 'bench-ingest-token-0123456789';

/** A server process started by `startChildServer`. */
export interface ChildServer {
  url: string;
  port: number;
  pid: number;
  process: ChildProcess;
  /** Sends SIGKILL (or the given signal) and waits for the process to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** How to start a child server. */
export interface ChildServerOptions {
  /** Script to run, relative to the repository; `server/main.ts` by default. */
  entry?: string;
  env?: Record<string, string>;
  /** Preload this module too (the bench probe). */
  preload?: string;
  /** Extra node flags, e.g. `--cpu-prof` when profiling. */
  nodeArgs?: string[];
  /** Fixed port, e.g. to restart on the same address; ephemeral when absent. */
  port?: number;
  timeoutMs?: number;
}

/** A port that was free a moment ago, for a server that must come back on the same address. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

/** Starts `node --import tsx <entry>` and resolves once it prints the address it listens on. */
export function startChildServer(options: ChildServerOptions = {}): Promise<ChildServer> {
  const preload = options.preload ? ['--import', options.preload] : [];
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), '--import', 'tsx', ...preload, join(root, options.entry ?? 'server/main.ts')],
    {
      cwd: root,
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(options.port ?? 0),
        MOCK: 'off',
        SCREEN: 'off',
        INGEST_TOKEN: CHILD_INGEST_TOKEN,
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const kill = async (signal: NodeJS.Signals = 'SIGKILL') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  let output = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      void kill();
      fail(new Error(`server did not start within ${options.timeoutMs ?? 20_000} ms:\n${output}`));
    }, options.timeoutMs ?? 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /on http:\/\/[^\s:]+:(\d+)/.exec(output);
      if (!match?.[1] || !child.pid) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stdout?.resume();
      const port = Number(match[1]);
      done({ url: `http://127.0.0.1:${port}`, port, pid: child.pid, process: child, kill });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      fail(new Error(`server exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
}
