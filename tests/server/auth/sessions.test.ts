import { describe, expect, it } from 'vitest';
import { addAccount, asPage, signIn, TEST_PASSWORD } from '../../support/accounts';
import { jsonHeaders, manualClock, serve, trail } from './support';

const MINUTE = 60_000;

function postSignIn(url: string, body: unknown, headers: Record<string, string>) {
  return fetch(`${url}/api/session`, { method: 'POST', headers, body: JSON.stringify(body) });
}

describe('signing in and out', () => {
  it('signs in with a name and password, sets an HttpOnly SameSite=Strict cookie and answers who it is', async () => {
    const server = await serve();
    await addAccount(server, 'zhang', 'presenter');
    const res = await postSignIn(server.url, { name: 'zhang', password: TEST_PASSWORD }, jsonHeaders(server));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ name: 'zhang', role: 'presenter' });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^wall_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\//);
    // Plain HTTP in the hall: a Secure cookie would never come back.
    expect(cookie).not.toMatch(/Secure/i);
    const session = await fetch(`${server.url}/api/session`, { headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(await session.json()).toMatchObject({ name: 'zhang', role: 'presenter' });
    expect(trail(server, { kind: 'session' })[0]).toMatchObject({ actor: 'zhang', what: 'signed in as presenter', outcome: 'applied' });
  });

  it('marks the cookie Secure when the hall serves the page over HTTPS through its proxy', async () => {
    const server = await serve({ env: { TRUST_PROXY: 'loopback' } });
    await addAccount(server, 'zhang', 'presenter');
    const res = await postSignIn(
      server.url,
      { name: 'zhang', password: TEST_PASSWORD },
      jsonHeaders(server, { 'x-forwarded-proto': 'https' }),
    );
    expect(res.headers.get('set-cookie')).toMatch(/Secure/i);
  });

  it('answers an unknown name, a wrong password and a disabled account with the same words', async () => {
    const server = await serve();
    await addAccount(server, 'zhang', 'operator');
    await addAccount(server, 'gone', 'operator');
    const gone = server.running.authStore.account('gone');
    server.running.authStore.updateAccount(
      'gone',
      gone?.version ?? 0,
      { disabled: true },
      {
        at: new Date().toISOString(),
        actor: 'test',
        kind: 'account',
        from: 'local',
        what: 'disabled',
        outcome: 'applied',
      },
    );
    const answers = await Promise.all(
      [
        { name: 'nobody', password: TEST_PASSWORD },
        { name: 'zhang', password: 'not the password' },
        { name: 'gone', password: TEST_PASSWORD },
      ].map(async (body) => {
        const res = await postSignIn(server.url, body, jsonHeaders(server));
        return { status: res.status, body: await res.json(), cookie: res.headers.get('set-cookie') };
      }),
    );
    for (const answer of answers) {
      expect(answer).toEqual({ status: 401, body: answers[0]?.body, cookie: null });
    }
    expect(answers[0]?.body).toMatchObject({ error: 'bad_credentials' });
    expect(trail(server, { kind: 'session' }).filter((l) => l.outcome === 'unauthorized')).toHaveLength(3);
  });

  it('ends a session left idle, and one past its absolute limit however busy', async () => {
    const clock = manualClock();
    const server = await serve({ now: clock.now, env: { SESSION_IDLE_MINUTES: '30', SESSION_MAX_HOURS: '2' } });
    await addAccount(server, 'zhang', 'presenter');
    const idle = await signIn(server, 'zhang');
    clock.advance(29 * MINUTE);
    expect((await fetch(`${server.url}/api/session`, { headers: { cookie: idle } })).status).toBe(200);
    clock.advance(31 * MINUTE);
    const expired = await fetch(`${server.url}/api/screens`, { headers: { cookie: idle } });
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ message: expect.stringMatching(/sign in again/) });

    const busy = await signIn(server, 'zhang');
    for (let i = 0; i < 4; i += 1) {
      clock.advance(25 * MINUTE);
      expect((await fetch(`${server.url}/api/screens`, { headers: { cookie: busy } })).status).toBe(200);
    }
    // Used 20 minutes ago, so not idle: two hours after sign-in it ends all the same.
    clock.advance(20 * MINUTE);
    expect((await fetch(`${server.url}/api/screens`, { headers: { cookie: busy } })).status).toBe(401);
  });

  it('signs out on the server: the old cookie opens nothing afterwards', async () => {
    const server = await serve();
    await addAccount(server, 'zhang', 'presenter');
    const cookie = await signIn(server, 'zhang');
    const out = await fetch(`${server.url}/api/session`, { method: 'DELETE', headers: asPage(server, cookie, false) });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/wall_session=;/);
    expect((await fetch(`${server.url}/api/screens`, { headers: { cookie } })).status).toBe(401);
    // Signing out again did nothing, and says so.
    expect((await fetch(`${server.url}/api/session`, { method: 'DELETE', headers: asPage(server, cookie, false) })).status).toBe(401);
    expect(trail(server, { kind: 'session', actor: 'zhang' }).map((l) => l.what)).toEqual(['signed out', 'signed in as presenter']);
  });

  it('refuses a forged cookie, and a signed-in write from another site', async () => {
    const server = await serve();
    await addAccount(server, 'zhang', 'presenter');
    const forged = await fetch(`${server.url}/api/screens`, {
      headers: { cookie: 'wall_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
    });
    expect(forged.status).toBe(401);
    const cookie = await signIn(server, 'zhang');
    const command = { action: 'goto', scene: 'smart', target: { group: 'main' } };
    for (const origin of ['http://evil.example', undefined]) {
      const res = await fetch(`${server.url}/api/control`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, ...(origin ? { origin } : {}) },
        body: JSON.stringify(command),
      });
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ error: 'bad_origin' });
    }
    const foreignSignIn = await postSignIn(
      server.url,
      { name: 'zhang', password: TEST_PASSWORD },
      jsonHeaders(server, { origin: 'http://evil.example' }),
    );
    expect(foreignSignIn.status).toBe(403);
    expect(trail(server, { actor: 'zhang' }).filter((l) => l.outcome === 'forbidden').length).toBeGreaterThanOrEqual(3);
  });

  it('throttles guessing a name from one address without locking its owner out elsewhere, guessing spread over many addresses, and one address trying many names', async () => {
    const server = await serve({ env: { TRUST_PROXY: 'loopback' } });
    await addAccount(server, 'zhang', 'admin');
    await addAccount(server, 'li', 'operator');
    const tryAs = (name: string, password: string, address: string) =>
      postSignIn(server.url, { name, password }, jsonHeaders(server, { 'x-forwarded-for': address }));
    for (let i = 0; i < 5; i += 1) expect((await tryAs('zhang', `guess ${i}`, '10.0.0.66')).status).toBe(401);
    const locked = await tryAs('zhang', TEST_PASSWORD, '10.0.0.66');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    // The guesser stopped itself, not the admin at the office PC, nor another account from the same address.
    expect((await tryAs('zhang', TEST_PASSWORD, '10.0.1.1')).status).toBe(200);
    expect((await tryAs('li', TEST_PASSWORD, '10.0.0.66')).status).toBe(200);

    // Spread over many addresses, 50 guesses at one name lock the name everywhere for the window.
    for (let i = 0; i < 50; i += 1) await tryAs('zhang', `spread ${i}`, `10.1.${Math.floor(i / 4)}.${i % 4}`);
    expect((await tryAs('zhang', TEST_PASSWORD, '10.0.1.1')).status).toBe(429);

    for (let i = 0; i < 20; i += 1) await tryAs(`name${i}`, 'wrong password', '10.9.9.9');
    expect((await tryAs('li', TEST_PASSWORD, '10.9.9.9')).status).toBe(429);
    expect((await tryAs('li', TEST_PASSWORD, '10.9.9.8')).status).toBe(200);
    expect(trail(server, { kind: 'session' }).some((l) => l.outcome === 'throttled')).toBe(true);
  });
});

describe('sessions held at once', () => {
  it('keeps an account to its 20 newest sessions: signing in in a loop ends the oldest instead of growing the table', async () => {
    const server = await serve();
    await addAccount(server, 'zhang', 'presenter');
    const first = await signIn(server, 'zhang');
    const later: string[] = [];
    for (let i = 0; i < 20; i += 1) later.push(await signIn(server, 'zhang'));
    expect((await fetch(`${server.url}/api/session`, { headers: { cookie: first } })).status).toBe(401);
    for (const cookie of [later[0], later[19]]) {
      expect((await fetch(`${server.url}/api/session`, { headers: { cookie: cookie ?? '' } })).status).toBe(200);
    }
  });
});
