/**
 * Drill: the data disk fills up while walls are connected. The stores refuse
 * every write the way SQLite does on a full disk (SQLITE_FULL); the real
 * stores are used otherwise. Writes are answered 503 with the reason, nothing
 * half-happens (a presenter command takes effect everywhere or nowhere),
 * refusals still get their own status, health says degraded, and everything
 * recovers by itself once there is room again.
 */
import Database from 'better-sqlite3';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ControlMessage } from '../../common/control';
import type { HealthResponse, Snapshot } from '../../common/protocol';
import { createApplication, type Application } from '../../server/app';
import { readConfig } from '../../server/config';
import { openControlStore, type ControlStore } from '../../server/control/controlStore';
import { openAuthStore } from '../../server/auth/authStore';
import type { ScreenStatus } from '../../server/control/controlService';
import { parsePlaylist } from '../../server/control/playlist';
import { catalogOf, initialState, parseBaseline } from '../../server/domain/baseline';
import { createLedger } from '../../server/domain/ledger';
import { openSqliteStore } from '../../server/store/sqliteStore';
import type { Store } from '../../server/store/store';
import { resolveTokens } from '../../server/tokens';
import { pairScreen, postPairing } from '../support/pairing';
import { connectScreen, waitFor, type TestScreen } from '../support/screens';
import { getJson, postEvents, tempDataDir } from '../support/server';

const diskFull = () => new Database.SqliteError('database or disk is full', 'SQLITE_FULL');

interface Hall {
  url: string;
  ingestToken: string;
  controlToken: string;
  disk: { full: boolean };
  close(): Promise<void>;
}

/** The whole application on real SQLite stores whose writes fail while `disk.full` is set. */
async function startHall(): Promise<Hall> {
  const config = readConfig({ PORT: '0', HOST: '127.0.0.1', MOCK: 'off', SQLITE_SYNC: 'normal', DATA_DIR: tempDataDir() });
  const baseline = parseBaseline(JSON.parse(readFileSync(config.baselineFile, 'utf8')));
  const disk = { full: false };
  const failWhenFull =
    <A extends unknown[], R>(write: (...args: A) => R) =>
    (...args: A): R => {
      if (disk.full) throw diskFull();
      return write(...args);
    };
  const realStore = openSqliteStore(config.dataDir, { synchronous: 'normal' });
  const store: Store = { ...realStore, commit: failWhenFull(realStore.commit) };
  const realControl = openControlStore(config.dataDir);
  const controlStore: ControlStore = {
    ...realControl,
    commit: failWhenFull(realControl.commit),
    audit: failWhenFull(realControl.audit),
    saveDevice: failWhenFull(realControl.saveDevice),
  };
  const tokens = resolveTokens(config.dataDir, {});
  const http: Server = createServer();
  const application: Application = createApplication(http, {
    config,
    catalog: catalogOf(baseline),
    ledger: createLedger(store, () => initialState(baseline)),
    demoLedger: createLedger(openSqliteStore(config.dataDir, { synchronous: 'normal', file: 'demo.sqlite' }), () => initialState(baseline)),
    store,
    tokens,
    controlStore,
    authStore: openAuthStore(config.dataDir),
    playlist: parsePlaylist(JSON.parse(readFileSync(config.playlistFile, 'utf8'))),
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    ingestToken: tokens.ingest,
    controlToken: tokens.control,
    disk,
    close: async () => {
      await application.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      realStore.close();
      realControl.close();
    },
  };
}

const halls: Hall[] = [];
const screens: TestScreen[] = [];
afterEach(async () => {
  screens.splice(0).forEach((s) => s.close());
  await Promise.all(halls.splice(0).map((h) => h.close()));
});

const command = (hall: Hall, body: unknown, token = hall.controlToken) =>
  fetch(`${hall.url}/api/control`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });

/** A wall, paired while the disk has room, that keeps every control message it is sent from then on. */
async function wall(hall: Hall, name: string) {
  const screen = connectScreen(hall.url, { kind: 'wall' });
  screens.push(screen);
  const messages: ControlMessage[] = [];
  screen.socket.on('control', (message) => messages.push(message));
  await pairScreen(hall, screen, name);
  // Welcomed once as a page and once as the paired screen; only the second counts.
  await waitFor(() => messages.length === 2, 10_000, `${name} welcomed as paired`);
  messages.splice(0, 1);
  return { screen, messages };
}

describe('a full data disk', () => {
  it('refuses writes with 503 and the reason, loses nothing acknowledged, and recovers by itself', async () => {
    const hall = await startHall();
    halls.push(hall);
    expect((await postEvents(hall, { id: 'before-full', type: 'wish.fulfilled', town: '灵川镇' })).status).toBe(200);
    const before = await getJson<Snapshot>(hall, '/api/snapshot');

    hall.disk.full = true;
    const refused = await postEvents(hall, { id: 'while-full', type: 'wish.fulfilled', town: '灵川镇' });
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { message: string }).message).toContain('the data disk is full');
    expect((await getJson<Snapshot>(hall, '/api/snapshot')).values).toEqual(before.values);
    expect(await getJson<HealthResponse>(hall, '/api/health')).toMatchObject({ status: 'degraded', reason: 'the data disk is full' });
    // A wrong token is still a wrong token, though its audit line cannot be written.
    expect((await command(hall, { target: { group: 'main' }, action: 'hold' }, 'wrong-token')).status).toBe(401);
    expect((await postEvents(hall, { id: 'x', type: 'wish.fulfilled' }, 'wrong-token')).status).toBe(401);

    hall.disk.full = false;
    expect((await postEvents(hall, { id: 'while-full', type: 'wish.fulfilled', town: '灵川镇' })).status).toBe(200);
    const after = await getJson<Snapshot>(hall, '/api/snapshot');
    expect(after.values['wishes.fulfilled']).toBe(before.values['wishes.fulfilled'] + 1);
    expect((await getJson<HealthResponse>(hall, '/api/health')).status).toBe('ok');
  });

  it('makes a presenter command happen nowhere: no wall told, no state kept, for walls connected before or after', async () => {
    const hall = await startHall();
    halls.push(hall);
    const early = await wall(hall, 'hall-left');
    const late = connectScreen(hall.url, { kind: 'wall' });
    screens.push(late);
    await waitFor(() => late.pairingCode !== null, 10_000, 'a code for the second wall');

    hall.disk.full = true;
    const frozen = await command(hall, { target: { group: 'main' }, action: 'freeze' });
    expect(frozen.status).toBe(503);
    // Pairing is a write too: refused with the reason, and the page stays unpaired.
    expect((await postPairing(hall, { code: late.pairingCode, name: 'hall-right', group: 'main' })).status).toBe(503);
    hall.disk.full = false;
    const lateMessages: ControlMessage[] = [];
    late.socket.on('control', (message) => lateMessages.push(message));
    await pairScreen(hall, late, 'hall-right');
    await waitFor(() => lateMessages.length === 1, 10_000, 'hall-right welcomed as paired');
    expect(lateMessages.map((m) => m.state.frozen)).toEqual([false]);
    hall.disk.full = true;
    expect(early.messages.map((m) => m.state.frozen)).toEqual([false]);
    const listed = (await (
      await fetch(`${hall.url}/api/screens`, { headers: { authorization: `Bearer ${hall.controlToken}` } })
    ).json()) as {
      screens: ScreenStatus[];
    };
    expect(listed.screens.map((s) => s.frozen)).toEqual([false, false]);

    hall.disk.full = false;
    expect((await command(hall, { target: { group: 'main' }, action: 'freeze' })).status).toBe(200);
    await waitFor(() => early.messages.at(-1)?.state.frozen === true && lateMessages.at(-1)?.state.frozen === true, 10_000, 'both frozen');
  });
});
