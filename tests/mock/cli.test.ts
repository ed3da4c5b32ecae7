import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../mock/cli';

const NOW = 1_764_000_000_000;
const parse = (argv: string[], env: Record<string, string> = {}) => parseCliArgs(argv, env, NOW);

describe('parseCliArgs', () => {
  it('reads every option, with the token from the environment by default', () => {
    expect(parse(['--url', 'http://127.0.0.1:3000', '--rate', '5', '--speed', '60', '--seed', '42'], { INGEST_TOKEN: 'env' })).toEqual({
      ok: true,
      options: { url: 'http://127.0.0.1:3000', token: 'env', rate: 5, speed: 60, seed: 42 },
    });
    const fromFlag = parse(['--url', 'https://wall.example', '--token', 'flag'], { INGEST_TOKEN: 'env' });
    expect(fromFlag).toEqual({ ok: true, options: { url: 'https://wall.example', token: 'flag', rate: 1, speed: 1, seed: NOW } });
  });

  it.each([
    [[], /--url is required/],
    [['--url', 'http://h'], /INGEST_TOKEN/],
    [['--url', 'not a url', '--token', 't'], /absolute URL/],
    [['--url', 'ftp://h', '--token', 't'], /http or https/],
    [['--url', 'http://h', '--token', 't', '--rate', '0'], /--rate must be a positive number/],
    [['--url', 'http://h', '--token', 't', '--speed', 'fast'], /--speed must be a positive number/],
    [['--url', 'http://h', '--token', 't', '--seed=-1'], /--seed must be a non-negative whole number/],
    [['--url', 'http://h', '--token', 't', '--seed', '1.5'], /--seed/],
    [['--url', 'http://h', '--bogus'], /bogus/],
  ])('refuses %j with a clear message', (argv, message) => {
    const result = parse(argv);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('asks for help', () => {
    expect(parse(['--help'])).toEqual({ ok: false, help: true, message: '' });
  });
});

describe('npm run mock', () => {
  it('exits non-zero with the usage on bad arguments', async () => {
    const run = promisify(execFile)('npx', ['tsx', 'mock/main.ts', '--rate', 'x'], { env: { ...process.env, INGEST_TOKEN: '' } });
    await expect(run).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/--url is required[\s\S]*Usage: npm run mock/) });
  });
});
