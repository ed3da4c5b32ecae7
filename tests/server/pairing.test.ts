/**
 * Pairing: a page that connects without a credential is shown a code; the
 * console pairs it by that code with a name and group; from then on it is that
 * screen, across reconnections and restarts. Names come only from pairing, so
 * a page cannot become a target or pose as another screen by naming itself.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ControlMessage } from '../../common/control';
import type { ScreenStatus } from '../../server/control/controlService';
import { MAX_WAITING_CODES_PER_ADDRESS } from '../../server/realtime/pairing';
import { pairScreen, postPairing } from '../support/pairing';
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
function page(server: TestServer, auth: Record<string, unknown> = {}, reconnection = false) {
  const screen = connectScreen(server.url, auth, { reconnection });
  screens.push(screen);
  return screen;
}
const listed = async (server: TestServer) =>
  (await (await fetch(`${server.url}/api/screens`, { headers: { authorization: `Bearer ${server.controlToken}` } })).json()) as {
    unpaired: number;
    screens: ScreenStatus[];
  };
const command = (server: TestServer, body: unknown) =>
  fetch(`${server.url}/api/control`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.controlToken}` },
    body: JSON.stringify(body),
  });

describe('pairing a screen', () => {
  it('shows a new page a six-digit code, and once paired by it the page is a named, listed target', async () => {
    const server = await serve();
    const wall = page(server);
    await waitFor(() => wall.pairingCode !== null, 10_000, 'a code');
    expect(wall.pairingCode).toMatch(/^\d{6}$/);
    expect((await listed(server)).screens).toEqual([]);

    await pairScreen(server, wall, '大厅左屏', '大厅');
    expect((await listed(server)).screens).toEqual([expect.objectContaining({ screen: '大厅左屏', group: '大厅', paired: true })]);
    const messages: ControlMessage[] = [];
    wall.socket.on('control', (m) => messages.push(m));
    const answer = await command(server, { target: { screen: '大厅左屏' }, action: 'goto', scene: 'brand' });
    expect(await answer.json()).toMatchObject({ screens: 1 });
    await waitFor(() => messages.length === 1, 10_000, 'the command');
  });

  it('keeps the screen paired across a reconnection and a restart of the server', async () => {
    const first = await serve();
    const wall = page(first, {}, true);
    await pairScreen(first, wall, 'hall-left');
    const { dataDir, port } = first;
    await first.stop();
    servers.splice(0);
    const second = await startTestServer({ dataDir, env: { PORT: String(port) } });
    servers.push(second);
    await waitFor(() => wall.socket.connected, 20_000, 'the page back');
    await expect.poll(async () => (await listed(second)).screens.map((s) => s.screen), { timeout: 15_000 }).toEqual(['hall-left']);
    expect(wall.pairingCode).toBeNull();
  });

  it('refuses a wrong code, a name in use, a malformed request and a missing token, pairing nothing', async () => {
    const server = await serve();
    const first = page(server);
    const second = page(server);
    await pairScreen(server, first, 'hall-left');
    await waitFor(() => second.pairingCode !== null, 10_000, 'a code');
    const wrong = String((Number(second.pairingCode) + 1) % 1_000_000).padStart(6, '0');
    expect((await postPairing(server, { code: wrong, name: 'x', group: 'main' })).status).toBe(404);
    expect((await postPairing(server, { code: second.pairingCode, name: 'hall-left', group: 'main' })).status).toBe(409);
    expect((await postPairing(server, { code: second.pairingCode, name: '', group: 'main' })).status).toBe(400);
    expect((await postPairing(server, { code: second.pairingCode, name: 'a\nb', group: 'main' })).status).toBe(400);
    expect((await postPairing(server, { code: second.pairingCode, name: 'hall-right', group: 'main' }, 'wrong-token')).status).toBe(401);
    expect((await listed(server)).screens.map((s) => s.screen)).toEqual(['hall-left']);
    // The code still works for the presenter who types it right.
    await pairScreen(server, second, 'hall-right');
  });

  it('never lets a page pose as a paired screen, by its name or by a forged credential', async () => {
    const server = await serve();
    const real = page(server);
    await pairScreen(server, real, 'hall-left');
    const byName = page(server, { screen: 'hall-left', group: 'main' });
    const byForgery = page(server, { device: 'forged-credential-0123456789abcdef' });
    await waitFor(() => byName.pairingCode !== null && byForgery.pairingCode !== null, 10_000, 'codes for the impostors');
    const fakeMessages: ControlMessage[] = [];
    byName.socket.on('control', (m) => fakeMessages.push(m));
    const answer = await command(server, { target: { screen: 'hall-left' }, action: 'goto', scene: 'smart' });
    expect(await answer.json()).toMatchObject({ screens: 1 });
    // A group command it must get: once it has arrived, anything sent to it before would have too.
    await command(server, { target: { group: 'main' }, action: 'hold' });
    await waitFor(() => fakeMessages.length > 0, 10_000, 'the group command');
    expect(fakeMessages.map((m) => m.individual)).toEqual([false]);
    expect(fakeMessages[0]?.state.heldScene).not.toBeNull();
    expect((await listed(server)).screens.map((s) => s.screen)).toEqual(['hall-left']);
    expect((await listed(server)).unpaired).toBe(2);
  });

  it('gives one address a bounded number of codes, the rest the figures, and a code as soon as one is free', async () => {
    const server = await serve();
    const crowd = Array.from({ length: MAX_WAITING_CODES_PER_ADDRESS + 4 }, () => page(server));
    await Promise.all(crowd.map((s) => s.reach(0)));
    const withCode = () => crowd.filter((s) => s.socket.connected && s.pairingCode !== null);
    const waiting = () => crowd.filter((s) => s.socket.connected && s.pairingCode === null && s.device === null);
    await waitFor(() => withCode().length === MAX_WAITING_CODES_PER_ADDRESS, 20_000, 'codes handed out');
    expect(waiting()).toHaveLength(4);
    expect(crowd.every((s) => s.snapshots.length === 1)).toBe(true);
    // One is paired and one leaves: two of the pages without a code get one.
    await pairScreen(server, withCode()[0]!, 'hall-left');
    withCode()[0]!.close();
    await waitFor(() => waiting().length === 2 && withCode().length === MAX_WAITING_CODES_PER_ADDRESS, 20_000, 'codes passed on');
  });

  it('gives a name back to a new page when the screen that had it is not connected, revoking the old credential', async () => {
    const server = await serve();
    const old = page(server);
    await pairScreen(server, old, 'hall-left');
    const oldCredential = old.device!;
    const replacement = page(server);
    await waitFor(() => replacement.pairingCode !== null, 10_000, 'a code');
    expect((await postPairing(server, { code: replacement.pairingCode, name: 'hall-left', group: 'main' })).status).toBe(409);
    old.close();
    await expect.poll(async () => (await listed(server)).screens.length, { timeout: 15_000 }).toBe(0);
    await pairScreen(server, replacement, 'hall-left');
    const stale = page(server, { device: oldCredential });
    await waitFor(() => stale.pairingCode !== null, 10_000, 'the old credential refused, a code offered');
    expect((await listed(server)).screens.map((s) => s.screen)).toEqual(['hall-left']);
  });
});
