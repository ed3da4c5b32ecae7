import { chmodSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, tempDataDir, type TestServer } from '../support/server';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});
async function serve(dataDir: string): Promise<TestServer> {
  const server = await startTestServer({ dataDir });
  servers.push(server);
  return server;
}

const modeOf = (path: string) => statSync(path).mode & 0o777;
/** The permission bits of `dir` itself (as `.`) and of each file in it, as `ls -la` would show them. */
const modesIn = (dir: string) => ({
  '.': modeOf(dir),
  ...Object.fromEntries(readdirSync(dir).map((name) => [name, modeOf(join(dir, name))])),
});

const SECRETS_AND_STORES = [
  'tokens.json',
  'wall.sqlite',
  'wall.sqlite-wal',
  'wall.sqlite-shm',
  'demo.sqlite',
  'demo.sqlite-wal',
  'demo.sqlite-shm',
  'control.sqlite',
  'control.sqlite-wal',
  'control.sqlite-shm',
  'content.sqlite',
  'content.sqlite-wal',
  'content.sqlite-shm',
];
const ownerOnly = { '.': 0o700, ...Object.fromEntries(SECRETS_AND_STORES.map((name) => [name, 0o600])) };

describe('the data folder', () => {
  it('is created readable by the server user only, and so is every secret and store in it', async () => {
    const dataDir = join(tempDataDir(), 'data');
    await serve(dataDir);
    expect(modesIn(dataDir)).toEqual(ownerOnly);
  });

  it('left readable by others is narrowed to its owner on start, with the secrets and stores in it', async () => {
    const dataDir = tempDataDir();
    await (await serve(dataDir)).stop();
    chmodSync(dataDir, 0o755);
    for (const name of readdirSync(dataDir)) chmodSync(join(dataDir, name), 0o644);

    await serve(dataDir);
    expect(modesIn(dataDir)).toEqual(ownerOnly);
  });
});
