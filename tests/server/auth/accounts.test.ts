import { describe, expect, it } from 'vitest';
import type { AccountInfo } from '../../../common/auth';
import { addAccount, asPage, signIn } from '../../support/accounts';
import type { TestServer } from '../../support/server';
import { serve, trail } from './support';

const NEW_PASSWORD = 'a brand new passphrase';

function patch(server: TestServer, cookie: string, name: string, body: unknown) {
  return fetch(`${server.url}/api/accounts/${encodeURIComponent(name)}`, {
    method: 'PATCH',
    headers: asPage(server, cookie),
    body: JSON.stringify(body),
  });
}

async function adminOf(server: TestServer) {
  await addAccount(server, 'chief', 'admin');
  return signIn(server, 'chief');
}

describe('managing accounts', () => {
  it('adds an account that can then sign in, and refuses a second one of the same name or a bad one', async () => {
    const server = await serve();
    const admin = await adminOf(server);
    const add = (body: unknown) =>
      fetch(`${server.url}/api/accounts`, { method: 'POST', headers: asPage(server, admin), body: JSON.stringify(body) });
    const created = await add({ name: '王芳', role: 'operator', password: NEW_PASSWORD });
    expect(created.status).toBe(201);
    const body = (await created.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ name: '王芳', role: 'operator', disabled: false, version: 1 });
    expect(JSON.stringify(body)).not.toMatch(/scrypt|password/i);
    expect(await signIn(server, '王芳', NEW_PASSWORD)).toMatch(/^wall_session=/);

    expect((await add({ name: '王芳', role: 'admin', password: NEW_PASSWORD })).status).toBe(409);
    for (const bad of [
      { name: 'has space', role: 'operator', password: NEW_PASSWORD },
      { name: 'li', role: 'boss', password: NEW_PASSWORD },
      { name: 'li', role: 'operator', password: 'short' },
    ]) {
      const res = await add(bad);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'invalid_account', message: expect.any(String) });
    }
    expect(
      server.running.authStore
        .accounts()
        .map((a) => a.name)
        .sort(),
    ).toEqual(['chief', '王芳'].sort());
    expect(trail(server, { kind: 'account', actor: 'chief' }).map((l) => l.what)).toEqual(['added account 王芳 (operator)']);
  });

  it('never loses an edit silently: of two admins editing at once, the second is told someone changed it', async () => {
    const server = await serve();
    const first = await adminOf(server);
    await addAccount(server, 'deputy', 'admin');
    const second = await signIn(server, 'deputy');
    await addAccount(server, 'li', 'presenter');
    const seen = server.running.authStore.account('li') as AccountInfo;
    const a = await patch(server, first, 'li', { version: seen.version, role: 'operator' });
    const b = await patch(server, second, 'li', { version: seen.version, disabled: true });
    expect(a.status).toBe(200);
    expect(b.status).toBe(409);
    expect(await b.json()).toMatchObject({ error: 'stale' });
    expect(server.running.authStore.account('li')).toMatchObject({ role: 'operator', disabled: false, version: seen.version + 1 });
  });

  it('keeps one enabled admin at least, and says when a change would change nothing', async () => {
    const server = await serve();
    const admin = await adminOf(server);
    const me = server.running.authStore.account('chief') as AccountInfo;
    const demote = await patch(server, admin, 'chief', { version: me.version, role: 'operator' });
    expect(demote.status).toBe(409);
    expect(await demote.json()).toMatchObject({ error: 'last_admin' });
    expect((await patch(server, admin, 'chief', { version: me.version, disabled: true })).status).toBe(409);
    const same = await patch(server, admin, 'chief', { version: me.version, role: 'admin' });
    expect(same.status).toBe(400);
    expect(await same.json()).toMatchObject({ error: 'no_change' });
    expect((await patch(server, admin, 'nobody', { version: 1, role: 'admin' })).status).toBe(404);
    expect(server.running.authStore.account('chief')).toMatchObject({ role: 'admin', disabled: false, version: me.version });
  });

  it('ends the sessions of an account that is disabled or given a new password', async () => {
    const server = await serve();
    const admin = await adminOf(server);
    await addAccount(server, 'li', 'presenter');
    await addAccount(server, 'zhao', 'presenter');
    const li = await signIn(server, 'li');
    const zhao = await signIn(server, 'zhao');
    const version = (name: string) => server.running.authStore.account(name)?.version;
    expect((await patch(server, admin, 'li', { version: version('li'), disabled: true })).status).toBe(200);
    expect((await patch(server, admin, 'zhao', { version: version('zhao'), password: NEW_PASSWORD })).status).toBe(200);
    expect((await fetch(`${server.url}/api/screens`, { headers: { cookie: li } })).status).toBe(401);
    expect((await fetch(`${server.url}/api/screens`, { headers: { cookie: zhao } })).status).toBe(401);
    await expect(signIn(server, 'li')).rejects.toThrow(/401/);
    expect(await signIn(server, 'zhao', NEW_PASSWORD)).toMatch(/^wall_session=/);
    expect(trail(server, { kind: 'account', actor: 'chief' }).map((l) => l.what)).toEqual([
      'account zhao: new password',
      'account li: disabled',
    ]);
  });
});
