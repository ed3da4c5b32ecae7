/**
 * Drill: the data disk comes back read-only, as Linux remounts a disk after
 * errors. The server still starts on it and the walls keep the last figures;
 * every write is answered 503 with the reason, health says degraded, and once
 * the disk is writable again a restart writes as before, nothing lost. A real
 * tmpfs is remounted read-only, so the drill needs root, as on the hall's
 * machines and CI.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HealthResponse, Snapshot } from '../../common/protocol';
import { CHILD_INGEST_TOKEN, startChildServer, type ChildServer } from '../support/childServer';
import { connectScreen, type TestScreen } from '../support/screens';
import { getJson, postEvents, startTestServer, type TestServer } from '../support/server';

const READ_ONLY = { status: 'degraded', reason: 'the data folder cannot be written' };

function run(command: string, args: string[]): void {
  try {
    execFileSync(command, args, { stdio: 'pipe' });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    throw new Error(
      `the read-only disk drill needs root to mount a tmpfs: ${command} ${args.join(' ')} failed (${stderr || String(error)})`,
      { cause: error },
    );
  }
}

let disk = '';
let mounted = false;
const servers: TestServer[] = [];
const children: ChildServer[] = [];
const screens: TestScreen[] = [];

beforeEach(() => {
  disk = mkdtempSync(join(tmpdir(), 'wall-ro-disk-'));
  run('mount', ['-t', 'tmpfs', '-o', 'size=16m,mode=0700', 'tmpfs', disk]);
  mounted = true;
});

afterEach(async () => {
  try {
    screens.splice(0).forEach((s) => s.close());
    await Promise.all(servers.splice(0).map((s) => s.stop()));
    await Promise.all(children.splice(0).map((c) => c.kill()));
  } finally {
    // Lazily when something still holds a file open, so that no mount outlives the drill.
    if (mounted) {
      try {
        execFileSync('umount', [disk], { stdio: 'pipe' });
      } catch {
        execFileSync('umount', ['-l', disk], { stdio: 'pipe' });
      }
    }
    mounted = false;
    rmSync(disk, { recursive: true, force: true });
  }
});

const remount = (mode: 'ro' | 'rw') => run('mount', ['-o', `remount,${mode}`, disk]);

async function serve(dataDir: string): Promise<TestServer> {
  const server = await startTestServer({ dataDir });
  servers.push(server);
  return server;
}

async function stop(server: TestServer): Promise<void> {
  servers.splice(servers.indexOf(server), 1);
  await server.stop();
}

const wish = (id: string) => ({ id, type: 'wish.fulfilled', town: '灵川镇' });

const command = (server: TestServer, body: unknown) =>
  fetch(`${server.url}/api/control`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.controlToken}` },
    body: JSON.stringify(body),
  });

describe('a data disk remounted read-only', () => {
  it('after a clean stop: the server starts, shows the last figures, refuses writes with 503, and writes again once remounted', async () => {
    const dataDir = join(disk, 'data');
    const first = await serve(dataDir);
    expect((await postEvents(first, wish('before-read-only'))).status).toBe(200);
    const before = await getJson<Snapshot>(first, '/api/snapshot');
    await stop(first);
    remount('ro');

    const readOnly = await serve(dataDir);
    expect(readOnly.ingestToken).toBe(first.ingestToken);
    const shown = await getJson<Snapshot>(readOnly, '/api/snapshot');
    expect(shown.seq).toBe(before.seq);
    expect(shown.values).toEqual(before.values);
    expect(shown.recent.map((item) => item.id)).toContain('before-read-only');
    const wall = connectScreen(readOnly.url, { screen: 'hall-left', group: 'main', kind: 'wall' });
    screens.push(wall);
    await wall.reach(before.seq);
    expect(wall.values).toEqual(before.values);
    expect(await getJson<HealthResponse>(readOnly, '/api/health')).toMatchObject(READ_ONLY);

    const refused = await postEvents(readOnly, wish('while-read-only'));
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { message: string }).message).toContain(READ_ONLY.reason);
    expect((await command(readOnly, { target: { group: 'main' }, action: 'hold' })).status).toBe(503);
    expect((await postEvents(readOnly, wish('x'), 'wrong-token-wrong-token')).status).toBe(401);
    expect((await getJson<Snapshot>(readOnly, '/api/snapshot')).values).toEqual(before.values);
    expect(await getJson<HealthResponse>(readOnly, '/api/health')).toMatchObject(READ_ONLY);
    await stop(readOnly);

    remount('rw');
    const writable = await serve(dataDir);
    expect((await getJson<HealthResponse>(writable, '/api/health')).status).toBe('ok');
    expect(await (await postEvents(writable, wish('before-read-only'))).json()).toMatchObject({ accepted: 0, duplicates: 1 });
    expect((await postEvents(writable, wish('while-read-only'))).status).toBe(200);
    const after = await getJson<Snapshot>(writable, '/api/snapshot');
    expect(after.seq).toBe(before.seq + 1);
    expect(after.values['wishes.fulfilled']).toBe(before.values['wishes.fulfilled'] + 1);
    // The wall is back too, so the presenter's command has a screen to reach.
    const back = connectScreen(writable.url, { screen: 'hall-left', group: 'main', kind: 'wall' });
    screens.push(back);
    await back.reach(after.seq);
    expect((await command(writable, { target: { group: 'main' }, action: 'hold' })).status).toBe(200);
  });

  it('for a folder from before the demo store: the server starts, shows the last figures, and refuses writes with 503', async () => {
    const dataDir = join(disk, 'data');
    const first = await serve(dataDir);
    expect((await postEvents(first, wish('before-upgrade'))).status).toBe(200);
    const before = await getJson<Snapshot>(first, '/api/snapshot?mode=live');
    await stop(first);
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, `demo.sqlite${suffix}`), { force: true });
    remount('ro');

    const readOnly = await serve(dataDir);
    expect((await getJson<Snapshot>(readOnly, '/api/snapshot?mode=live')).values).toEqual(before.values);
    expect(await getJson<HealthResponse>(readOnly, '/api/health')).toMatchObject(READ_ONLY);
    expect((await postEvents(readOnly, wish('while-read-only'))).status).toBe(503);
  });

  it('under a server killed with its write-ahead log unfolded: the server starts and shows what the log holds', async () => {
    const dataDir = join(disk, 'data');
    const child = await startChildServer({ env: { DATA_DIR: dataDir } });
    children.push(child);
    const acknowledged = await postEvents({ url: child.url, ingestToken: CHILD_INGEST_TOKEN }, wish('in-the-log'));
    expect(acknowledged.status).toBe(200);
    const before = (await (await fetch(`${child.url}/api/snapshot`)).json()) as Snapshot;
    await child.kill('SIGKILL');
    // What this case is about: the event is in the -wal, which a reader needs the -shm to use.
    expect(statSync(join(dataDir, 'wall.sqlite-wal')).size).toBeGreaterThan(0);
    expect(statSync(join(dataDir, 'wall.sqlite-shm')).isFile()).toBe(true);
    remount('ro');

    const readOnly = await serve(dataDir);
    const shown = await getJson<Snapshot>(readOnly, '/api/snapshot');
    expect(shown.seq).toBe(before.seq);
    expect(shown.values).toEqual(before.values);
    expect(shown.recent.map((item) => item.id)).toContain('in-the-log');
    expect(await getJson<HealthResponse>(readOnly, '/api/health')).toMatchObject(READ_ONLY);
    expect((await postEvents(readOnly, wish('while-read-only'))).status).toBe(503);
  });

  it('with a token to generate: the start stops, naming the file; with the token given, it starts, leaving modes as they are', async () => {
    const dataDir = join(disk, 'data');
    const first = await serve(dataDir);
    await stop(first);
    const tokensFile = join(dataDir, 'tokens.json');
    const { ingest } = JSON.parse(readFileSync(tokensFile, 'utf8')) as { ingest: string };
    writeFileSync(tokensFile, JSON.stringify({ ingest }));
    // Looser than the server leaves them: on a read-only disk it must not try to narrow them.
    chmodSync(dataDir, 0o755);
    chmodSync(tokensFile, 0o644);
    remount('ro');

    await expect(startTestServer({ dataDir })).rejects.toThrow(`${tokensFile} cannot be written`);
    await expect(startTestServer({ dataDir })).rejects.toThrow(/CONTROL_TOKEN/);
    const given = await startTestServer({ dataDir, env: { CONTROL_TOKEN: 'control-token-from-the-environment' } });
    servers.push(given);
    expect(given.ingestToken).toBe(ingest);
    expect(await getJson<HealthResponse>(given, '/api/health')).toMatchObject(READ_ONLY);
    expect(statSync(tokensFile).mode & 0o777).toBe(0o644);
  });
});
