/** One measured server in its own process: ours or the floor, with the probe preloaded. */
import type { ProbeSample } from './probe';
import { CHILD_INGEST_TOKEN, startChildServer, type ChildServer } from '../support/childServer';

/** A measured server process and its probe. */
export interface Target {
  server: ChildServer;
  token: string;
  /** Restarts the probe's window: CPU, max RSS and loop delay count from now. */
  reset(): Promise<ProbeSample>;
  sample(): Promise<ProbeSample>;
  stop(): Promise<void>;
}

/** Starts `entry` (our server or the floor) as a child with the probe preloaded. */
export async function startTarget(entry: string, env: Record<string, string>, nodeArgs: string[] = []): Promise<Target> {
  const server = await startChildServer({ entry, env, nodeArgs, preload: './tests/bench/probe.ts' });
  const ask = (probe: 'reset' | 'sample') =>
    new Promise<ProbeSample>((done) => {
      server.process.once('message', (message) => done(message as ProbeSample));
      server.process.send({ probe });
    });
  return { server, token: CHILD_INGEST_TOKEN, reset: () => ask('reset'), sample: () => ask('sample'), stop: () => server.kill('SIGKILL') };
}

/** Share of one core the process used over the sample's window. */
export function cpuShare(sample: ProbeSample): number {
  return (sample.cpuUserMs + sample.cpuSystemMs) / sample.wallMs;
}
