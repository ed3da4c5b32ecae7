import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CreatedFeedKey, FeedKeyInfo } from '../../../common/auth';
import { addAccount, asPage, signIn } from '../../support/accounts';
import { postEvents, type TestServer } from '../../support/server';
import { serve } from './support';

const appeal = (id: string) => [{ id, type: 'appeal.handled', town: '灵川镇', category: '市容市貌' }];

async function admin(server: TestServer) {
  await addAccount(server, 'chief', 'admin');
  return signIn(server, 'chief');
}

function createKey(server: TestServer, cookie: string, name: string) {
  return fetch(`${server.url}/api/keys`, { method: 'POST', headers: asPage(server, cookie), body: JSON.stringify({ name }) });
}

async function listKeys(server: TestServer, cookie: string): Promise<FeedKeyInfo[]> {
  return (await fetch(`${server.url}/api/keys`, { headers: { cookie } })).json() as Promise<FeedKeyInfo[]>;
}

/** Who the ledger says sent an event, read from the log itself. */
function senderOf(server: TestServer, id: string): string | undefined {
  const db = new Database(join(server.dataDir, 'wall.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT sender FROM events WHERE id = ?').pluck().get(id) as string | undefined;
  } finally {
    db.close();
  }
}

describe('feed keys', () => {
  it('shows a new key once, lets it ingest, records it as the sender and notes when it was last used', async () => {
    const server = await serve();
    const cookie = await admin(server);
    const res = await createKey(server, cookie, '12345 hotline bridge');
    expect(res.status).toBe(201);
    const created = (await res.json()) as CreatedFeedKey;
    expect(created).toMatchObject({ name: '12345 hotline bridge', createdBy: 'chief', lastUsedAt: null, revokedAt: null });
    expect(created.key.length).toBeGreaterThan(30);
    const listed = await listKeys(server, cookie);
    expect(JSON.stringify(listed)).not.toContain(created.key);

    expect((await postEvents(server, appeal('hotline-1'), created.key)).status).toBe(200);
    expect((await listKeys(server, cookie)).find((k) => k.id === created.id)?.lastUsedAt).not.toBeNull();
    expect(senderOf(server, 'hotline-1')).toBe('key:12345 hotline bridge');
    expect((await postEvents(server, appeal('env-1'))).status).toBe(200);
    expect(senderOf(server, 'env-1')).toBe('key:env');
  });

  it('revokes one key without touching the others, and says so when there was nothing to revoke', async () => {
    const server = await serve();
    const cookie = await admin(server);
    const hotline = (await (await createKey(server, cookie, 'hotline')).json()) as CreatedFeedKey;
    const land = (await (await createKey(server, cookie, 'land office')).json()) as CreatedFeedKey;
    const revoke = (id: number) => fetch(`${server.url}/api/keys/${id}`, { method: 'DELETE', headers: asPage(server, cookie, false) });
    const revoked = await revoke(hotline.id);
    expect(revoked.status).toBe(200);
    expect(((await revoked.json()) as FeedKeyInfo).revokedAt).not.toBeNull();

    const refused = await postEvents(server, appeal('after-revoke'), hotline.key);
    expect(refused.status).toBe(401);
    expect((await postEvents(server, appeal('land-1'), land.key)).status).toBe(200);
    expect((await postEvents(server, appeal('env-2'))).status).toBe(200);
    expect(server.running.ledger.state.seq).toBe(2);

    const again = await revoke(hotline.id);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: 'already_revoked' });
    const env = (await listKeys(server, cookie)).find((k) => k.fromEnvironment);
    expect(env?.name).toBe('env');
    expect(await (await revoke(env?.id ?? 0)).json()).toMatchObject({ error: 'from_environment' });
    expect((await revoke(9999)).status).toBe(404);
    // A revoked key's name stays its own, so that the ledger's senders stay unambiguous.
    expect((await createKey(server, cookie, 'hotline')).status).toBe(409);
    expect((await createKey(server, cookie, 'env')).status).toBe(409);
  });
});
