/**
 * `npm run test:repeat -- N`: runs the browser tests N times in a row and
 * prints how many runs passed, to show the suite is steady rather than lucky.
 *
 *   npm run test:repeat -- 5 [--busy] [--all]
 *
 * `--busy` keeps one core spinning in another process for the whole time, as a
 * loaded machine would; `--all` repeats the whole vitest suite, not only the
 * browser project. Exits non-zero if any run failed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '../..');

function readOptions() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { busy: { type: 'boolean', default: false }, all: { type: 'boolean', default: false } },
  });
  const runs = Number(positionals[0] ?? 5);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('usage: npm run test:repeat -- N [--busy] [--all]');
  return { runs, busy: values.busy ?? false, all: values.all ?? false };
}

/** One vitest run; resolves to its exit code, the names of the tests that failed, and all it printed. */
function runOnce(all: boolean): Promise<{ code: number; failed: string[]; output: string }> {
  const args = ['vitest', 'run', ...(all ? [] : ['--project', 'browser'])];
  return new Promise((done) => {
    const child = spawn('npx', args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      const failed = [...output.matchAll(/^\s*FAIL\s+(.+)$/gm)].map((m) => m[1]!.trim());
      done({ code: code ?? 1, failed: [...new Set(failed)], output });
    });
  });
}

/** A process that keeps one core busy until killed. */
function spinOneCore(): ChildProcess {
  return spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
}

async function main(): Promise<void> {
  const { runs, busy, all } = readOptions();
  const spinner = busy ? spinOneCore() : undefined;
  let passed = 0;
  try {
    for (let run = 1; run <= runs; run += 1) {
      const started = Date.now();
      const { code, failed, output } = await runOnce(all);
      const seconds = Math.round((Date.now() - started) / 1000);
      if (code === 0) passed += 1;
      console.log(`run ${run}/${runs}: ${code === 0 ? 'passed' : 'FAILED'} in ${seconds} s`);
      for (const name of failed) console.log(`  failed: ${name}`);
      // A run can fail outside any test (an unhandled error, a hook): what it printed is kept to read.
      if (code !== 0) {
        const log = join(root, '.artifacts', 'repeat', `run-${run}.log`);
        mkdirSync(dirname(log), { recursive: true });
        writeFileSync(log, output);
        console.log(`  its output: ${log}`);
      }
    }
  } finally {
    spinner?.kill('SIGKILL');
  }
  console.log(`\n${all ? 'whole suite' : 'browser tests'}${busy ? ', one core kept busy' : ''}`);
  console.log(`${passed} passed, ${runs - passed} failed`);
  process.exit(passed === runs ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
