import { afterEach, describe, expect, it } from 'vitest';
import type { AuditRecord } from '../../../common/auth';
import type { WallContent, WallContentMessage, WallContentVersionLine } from '../../../common/wallContent';
import { addAccount, asPage, signIn } from '../../support/accounts';
import { connectScreen, waitFor, type TestScreen } from '../../support/screens';
import { startTestServer, type TestServer } from '../../support/server';

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

async function operator(server: TestServer, name = '王丽') {
  await addAccount(server, name, 'operator');
  return asPage(server, await signIn(server, name));
}

async function current(server: TestServer): Promise<WallContentMessage> {
  const res = await fetch(`${server.url}/api/content`);
  expect(res.status).toBe(200);
  return (await res.json()) as WallContentMessage;
}

function put(server: TestServer, headers: Record<string, string>, version: number, content: unknown) {
  return fetch(`${server.url}/api/content`, { method: 'PUT', headers, body: JSON.stringify({ version, content }) });
}

const withStory = (content: WallContent, story: string): WallContent => {
  const next = structuredClone(content);
  next.brands[0]!.story.zh = story;
  return next;
};

describe('the wall content over HTTP', () => {
  it('starts from the seed’s words and the baseline’s brands, readable without signing in', async () => {
    const server = await serve();
    const { version, content } = await current(server);
    expect(version).toBe(0);
    expect(content.texts.brand.brandsTitle.zh).toBe('党建品牌');
    expect(content.brands.map((b) => b.name)).toEqual(server.running.catalog.brands);
    expect(content.townOrder).toEqual(server.running.catalog.towns.map((t) => t.name));
  });

  it('saves an edit as the next version, pushes it to every screen and lists who saved it', async () => {
    const server = await serve();
    const headers = await operator(server);
    const wall = connectScreen(server.url, { kind: 'wall' });
    screens.push(wall);
    const pushed: WallContentMessage[] = [];
    wall.socket.on('content', (m) => pushed.push(m));
    await waitFor(() => wall.socket.connected, 10_000, 'wall connected');
    const { content } = await current(server);

    const res = await put(server, headers, 0, withStory(content, '新的品牌故事'));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ version: 1, by: '王丽' });
    await waitFor(() => pushed.length === 1, 10_000, 'content pushed');
    expect(pushed[0]!.version).toBe(1);
    expect(pushed[0]!.content.brands[0]!.story.zh).toBe('新的品牌故事');
    expect((await current(server)).content.brands[0]!.story.zh).toBe('新的品牌故事');

    const lines = (await (await fetch(`${server.url}/api/content/versions`, { headers })).json()) as {
      current: number;
      versions: WallContentVersionLine[];
    };
    expect(lines.current).toBe(1);
    expect(lines.versions.map((v) => [v.version, v.by])).toEqual([
      [1, '王丽'],
      [0, 'seed'],
    ]);
  });

  it('audits a save with what it changed', async () => {
    const server = await serve();
    await addAccount(server, 'admin', 'admin');
    const admin = asPage(server, await signIn(server, 'admin'));
    const { content } = await current(server);
    expect((await put(server, admin, 0, withStory(content, '改过的故事'))).status).toBe(200);
    const audit = (await (await fetch(`${server.url}/api/audit?kind=content`, { headers: admin })).json()) as
      { lines?: AuditRecord[] } | AuditRecord[];
    const lines = Array.isArray(audit) ? audit : (audit.lines ?? []);
    expect(lines.map((l) => [l.actor, l.kind, l.what])).toEqual([['admin', 'content', 'saved wall content version 1: brands']]);
  });

  it('refuses a stale save with 409, an invalid one with its problems, and an unchanged one, storing nothing', async () => {
    const server = await serve();
    const headers = await operator(server);
    const { content } = await current(server);
    expect((await put(server, headers, 0, withStory(content, '第一版'))).status).toBe(200);

    const stale = await put(server, headers, 0, withStory(content, '晚到的一版'));
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: 'stale' });

    const tooLong = withStory(content, '长'.repeat(200));
    const invalid = await put(server, headers, 1, tooLong);
    expect(invalid.status).toBe(400);
    const body = (await invalid.json()) as { error: string; problems: Array<{ path: string }> };
    expect(body.error).toBe('invalid_content');
    expect(body.problems.map((p) => p.path)).toEqual(['brands.0.story.zh']);

    const same = await put(server, headers, 1, withStory(content, '第一版'));
    expect(same.status).toBe(400);
    expect(await same.json()).toMatchObject({ error: 'no_change' });
    expect(await current(server)).toMatchObject({ version: 1 });
  });

  it('restores an old version as a new one, keeping every version, and keeps them over a restart', async () => {
    const server = await serve();
    const headers = await operator(server);
    const seed = (await current(server)).content;
    expect((await put(server, headers, 0, withStory(seed, '第一版'))).status).toBe(200);
    const restore = await fetch(`${server.url}/api/content/versions/0/restore`, { method: 'POST', headers, body: '{"version":1}' });
    expect(restore.status).toBe(200);
    expect(await current(server)).toEqual({ version: 2, content: seed });

    await server.stop();
    servers.splice(0);
    const again = await serve(server.dataDir);
    expect(await current(again)).toEqual({ version: 2, content: seed });
    const relisted = await fetch(`${again.url}/api/content/versions`, { headers: asPage(again, await signIn(again, '王丽')) });
    const { versions } = (await relisted.json()) as { versions: WallContentVersionLine[] };
    expect(versions.map((v) => [v.version, v.note])).toEqual([
      [2, 'restore 0'],
      [1, ''],
      [0, ''],
    ]);
  });

  it('refuses anonymous saves with 401 and a presenter’s with 403', async () => {
    const server = await serve();
    const { content } = await current(server);
    const origin = new URL(server.url).origin;
    expect((await put(server, { 'content-type': 'application/json', origin }, 0, withStory(content, 'x'))).status).toBe(401);
    await addAccount(server, '讲解员', 'presenter');
    const presenter = asPage(server, await signIn(server, '讲解员'));
    expect((await put(server, presenter, 0, withStory(content, 'x'))).status).toBe(403);
    expect(await current(server)).toMatchObject({ version: 0 });
  });
});
