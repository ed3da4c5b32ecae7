/**
 * `npm run bench`: our server and a bare Socket.IO floor, each in its own
 * process, under the same screens and the same events; prints a table of the
 * figures side by side and writes it with a JSON result to .artifacts/bench/.
 *
 *   npm run bench -- [--screens 500] [--rate 1000] [--seconds 20] [--quick]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { markdownTable, type BenchResult } from './report';
import { runScenario, type BenchOptions } from './scenario';
import { startTarget, type Target } from './target';

function readOptions(): BenchOptions {
  const { values } = parseArgs({
    options: {
      screens: { type: 'string' },
      rate: { type: 'string' },
      seconds: { type: 'string' },
      quick: { type: 'boolean', default: false },
    },
  });
  const number = (raw: string | undefined, fallback: number) => {
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`expected a positive number, got ${raw}`);
    return value;
  };
  const quick = values.quick ?? false;
  return {
    screens: number(values.screens, quick ? 200 : 500),
    rate: number(values.rate, 1000),
    seconds: number(values.seconds, quick ? 5 : 20),
    sparseScreens: 100,
    sparseRate: 5,
    sparseSeconds: quick ? 4 : 10,
    singleShare: 0.1,
    flatOutSeconds: quick ? 1 : 2,
  };
}

const serverEnv = (dataDir: string, sync: 'full' | 'normal') => ({
  DATA_DIR: dataDir,
  SQLITE_SYNC: sync,
  INGEST_RATE_LIMIT: '1000000',
});

async function withTarget<T>(start: () => Promise<Target>, use: (target: Target) => Promise<T>): Promise<T> {
  const target = await start();
  try {
    return await use(target);
  } finally {
    await target.stop();
  }
}

async function main(): Promise<void> {
  const options = readOptions();
  const scratch = mkdtempSync(join(tmpdir(), 'wall-bench-'));
  const log = (line: string) => console.log(`[bench] ${line}`);
  const loadAverageBefore = loadavg()[0] ?? 0;
  try {
    const ours = (sync: 'full' | 'normal') => {
      log(`ours: server/main.ts (SQLITE_SYNC=${sync}), ${options.screens} screens, ${options.rate} events/s for ${options.seconds} s`);
      return withTarget(
        () => startTarget('server/main.ts', serverEnv(join(scratch, sync), sync)),
        (t) => runScenario(t, options, true),
      );
    };
    const full = await ours('full');
    const normal = await ours('normal');
    log('floor: bare Socket.IO with the same throttle');
    const floor = await withTarget(
      () => startTarget('tests/bench/floorServer.ts', {}),
      (t) => runScenario(t, options, true),
    );
    const result: BenchResult = {
      at: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        loadAverageBefore,
        loadAverageAfter: loadavg()[0] ?? 0,
      },
      options,
      ours: full,
      oursSyncNormal: normal,
      floor,
    };
    const table = markdownTable(result);
    const outDir = resolve(import.meta.dirname, '../../.artifacts/bench');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'result.json'), JSON.stringify(result, null, 2));
    writeFileSync(join(outDir, 'result.md'), `# Bench, ${result.at}\n\n${table}\n`);
    console.log(`\n${table}\n\nWritten to ${join(outDir, 'result.json')} and result.md`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
