/** The command line of `npm run mock`, parsed by a pure function so that every mistake gets a clear message. */
import { parseArgs } from 'node:util';
import type { MockFeedOptions } from './feed';

export const USAGE = `Usage: npm run mock -- --url http://host:port [--token T] [--rate N] [--speed N] [--seed N]

Posts demo events to a Lingchuan wall server's ingest API, as an outside feed would.

  --url URL     the server's base URL (required), e.g. http://127.0.0.1:3000
  --token T     the ingest token; default: the INGEST_TOKEN environment variable
  --rate N      events per second in the busiest hour, fewer at night (default 1)
  --speed N     how many times faster than real time the simulated day runs (default 1)
  --seed N      a whole number; the same seed sends the same events (default: the current time)
  --help        show this message`;

export type CliParse =
  | { ok: true; options: Required<Pick<MockFeedOptions, 'url' | 'token' | 'rate' | 'speed' | 'seed'>> }
  | { ok: false; help: boolean; message: string };

function positiveNumber(name: string, raw: string | undefined, fallback: number): number | string {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  return raw.trim() !== '' && Number.isFinite(value) && value > 0 ? value : `--${name} must be a positive number, got "${raw}"`;
}

/** Reads `argv` (without node and script) and the environment; returns the feed's options or what is wrong. */
export function parseCliArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, now: number): CliParse {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        url: { type: 'string' },
        token: { type: 'string' },
        rate: { type: 'string' },
        speed: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { ok: false, help: false, message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { ok: false, help: true, message: '' };
  if (values.url === undefined) return { ok: false, help: false, message: '--url is required' };
  let url: URL;
  try {
    url = new URL(values.url);
  } catch {
    return { ok: false, help: false, message: `--url must be an absolute URL, got "${values.url}"` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, help: false, message: `--url must be http or https, got "${values.url}"` };
  }
  const token = values.token ?? env.INGEST_TOKEN;
  if (token === undefined || token === '') {
    return { ok: false, help: false, message: 'an ingest token is required: pass --token or set INGEST_TOKEN' };
  }
  const rate = positiveNumber('rate', values.rate, 1);
  const speed = positiveNumber('speed', values.speed, 1);
  if (typeof rate === 'string') return { ok: false, help: false, message: rate };
  if (typeof speed === 'string') return { ok: false, help: false, message: speed };
  const seed = values.seed === undefined ? now : Number(values.seed);
  if (!/^\d+$/.test(values.seed ?? '0') || !Number.isSafeInteger(seed)) {
    return { ok: false, help: false, message: `--seed must be a non-negative whole number, got "${values.seed}"` };
  }
  return { ok: true, options: { url: values.url, token, rate, speed, seed } };
}
