/**
 * Presenter commands that must reach a screen or say they did not, and the
 * weekly ones: welcome banner, standby, restore and reset all. Real server,
 * real socket clients paired as walls.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ControlMessage } from '../../common/control';
import type { AuditEntry } from '../../server/control/controlStore';
import type { GroupStatus } from '../../server/control/channelStatus';
import type { ScreenStatus } from '../../server/control/controlService';
import { pairScreen } from '../support/pairing';
import { connectScreen, waitFor, type TestScreen } from '../support/screens';
import { startTestServer, type TestServer } from '../support/server';

const servers: TestServer[] = [];
const screens: TestScreen[] = [];
afterEach(async () => {
  screens.splice(0).forEach((s) => s.close());
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

async function serve(dataDir?: string) {
  const server = await startTestServer(dataDir ? { dataDir } : {});
  servers.push(server);
  return server;
}

/** A wall paired as `name`, with the last control message it was told. */
async function wall(server: TestServer, name: string, group = 'main') {
  const s = connectScreen(server.url, { kind: 'wall' });
  screens.push(s);
  const messages: ControlMessage[] = [];
  s.socket.on('control', (m) => messages.push(m));
  await pairScreen(server, s, name, group);
  await waitFor(() => messages.length === 2, 10_000, `${name} welcomed as paired`);
  return { screen: s, messages, last: () => messages.at(-1)!.state, count: () => messages.length };
}

const command = (server: TestServer, body: unknown) =>
  fetch(`${server.url}/api/control`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.controlToken}` },
    body: JSON.stringify(body),
  });

const get = <T>(server: TestServer, path: string) =>
  fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${server.controlToken}` } }).then((r) => r.json() as Promise<T>);

interface ScreensAnswer {
  screens: ScreenStatus[];
  groups: GroupStatus[];
  recentBanners: string[];
}

describe('a command that reaches no screen', () => {
  it('is refused with 409 and words, changes nothing, and is audited as not done', async () => {
    const server = await serve();
    const lobby = await wall(server, 'lobby', 'entrance');
    const res = await command(server, { target: { group: 'main' }, action: 'freeze' });
    expect(res.status).toBe(409);
    const body = (await res.json()) as { error: string; message: string };
    expect(body.error).toBe('no_screens');
    expect(body.message).toContain('分组 main 当前没有在线屏幕，命令未执行');
    expect((await command(server, { target: { screen: 'gone' }, action: 'next' })).status).toBe(409);

    // Nothing saved: a wall of main that connects now is not frozen.
    const late = await wall(server, 'hall-left', 'main');
    expect(late.last().frozen).toBe(false);
    expect(lobby.count()).toBe(2);
    const log = await get<AuditEntry[]>(server, '/api/control/audit');
    expect(log.filter((e) => e.outcome === 'unreached')).toHaveLength(2);
    expect(log.some((e) => e.outcome === 'applied' && e.command.includes('freeze'))).toBe(false);
  });

  it('a group whose walls are all under single-screen control: refused, until restore all puts them back', async () => {
    const server = await serve();
    const left = await wall(server, 'hall-left');
    expect((await command(server, { target: { screen: 'hall-left' }, action: 'goto', scene: 'smart' })).status).toBe(200);
    let listed = await get<ScreensAnswer>(server, '/api/screens');
    expect(listed.screens[0]).toMatchObject({ individual: true, scene: 'smart' });
    expect(listed.groups).toEqual([expect.objectContaining({ group: 'main', following: 0, individual: 1 })]);

    const refused = await command(server, { target: { group: 'main' }, action: 'goto', scene: 'brand' });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { message: string }).message).toContain('单屏控制');

    const restored = await command(server, { target: { all: true }, action: 'rejoin' });
    expect(restored.status).toBe(200);
    expect(await restored.json()).toMatchObject({ screens: 1 });
    await waitFor(() => left.messages.at(-1)?.individual === false, 5000, 'hall-left back with its group');
    listed = await get<ScreensAnswer>(server, '/api/screens');
    expect(listed.groups[0]).toMatchObject({ following: 1, individual: 0 });
    expect((await command(server, { target: { group: 'main' }, action: 'goto', scene: 'brand' })).status).toBe(200);
  });
});

describe('welcome banner and standby', () => {
  it('reach every wall of the group, are kept for walls that reconnect, end on their own, and the line is offered again', async () => {
    const server = await serve();
    const left = await wall(server, 'hall-left');
    const right = await wall(server, 'hall-right');
    const text = '热烈欢迎桂林市代表团莅临指导';
    expect((await command(server, { target: { group: 'main' }, action: 'banner', text })).status).toBe(200);
    expect((await command(server, { target: { group: 'main' }, action: 'standby' })).status).toBe(200);
    await waitFor(() => [left, right].every((w) => w.last().banner === text && w.last().standby), 5000, 'banner and standby');

    const again = await wall(server, 'hall-3');
    expect(again.last()).toMatchObject({ banner: text, standby: true });
    const listed = await get<ScreensAnswer>(server, '/api/screens');
    expect(listed.recentBanners).toEqual([text]);
    expect(listed.groups[0]).toMatchObject({ banner: text, standby: true });

    await command(server, { target: { group: 'main' }, action: 'unbanner' });
    await waitFor(() => [left, right].every((w) => w.last().banner === null && w.last().standby), 5000, 'banner ended, standby kept');
    await command(server, { target: { group: 'main' }, action: 'unstandby' });
    await waitFor(() => [left, right].every((w) => !w.last().standby), 5000, 'standby ended');
    expect((await get<ScreensAnswer>(server, '/api/screens')).recentBanners).toEqual([text]);
  });

  it('refuses a welcome line that is empty, too long or on two lines', async () => {
    const server = await serve();
    await wall(server, 'hall-left');
    for (const text of ['', '欢'.repeat(41), '热烈欢迎\n莅临指导']) {
      const res = await command(server, { target: { group: 'main' }, action: 'banner', text });
      expect(res.status).toBe(400);
    }
  });
});

describe('reset all', () => {
  it('puts every wall back on its group playlist with nothing on top and no single-screen control, and survives a restart', async () => {
    const server = await serve();
    const left = await wall(server, 'hall-left');
    const lobby = await wall(server, 'lobby', 'entrance');
    await command(server, { target: { group: 'main' }, action: 'spotlight', metric: 'orgs.active' });
    await command(server, { target: { group: 'entrance' }, action: 'banner', text: '热烈欢迎' });
    await command(server, { target: { screen: 'hall-left' }, action: 'freeze' });
    await command(server, { target: { screen: 'hall-left' }, action: 'hold' });
    const res = await command(server, { target: { all: true }, action: 'reset' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ screens: 2 });
    const clean = { heldScene: null, spotlight: null, frozen: false, banner: null, standby: false };
    await waitFor(() => left.messages.at(-1)?.individual === false && lobby.last().banner === null, 5000, 'everything reset');
    expect(left.last()).toMatchObject(clean);
    expect(lobby.last()).toMatchObject(clean);

    left.screen.close();
    lobby.screen.close();
    await servers[0]!.stop();
    servers.splice(0);
    const second = await serve(server.dataDir);
    // hall-left again, as itself: it follows its group, and nothing is on top.
    const back = connectScreen(second.url, { kind: 'wall', device: left.screen.device! });
    screens.push(back);
    const told: ControlMessage[] = [];
    back.socket.on('control', (m) => told.push(m));
    await waitFor(() => told.length === 1, 5000, 'hall-left welcomed after the restart');
    expect(told[0]).toMatchObject({ individual: false, state: clean });
  });
});
