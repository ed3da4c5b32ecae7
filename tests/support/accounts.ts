/** Accounts for tests: made directly in a running server's store, then used over real HTTP like a browser would. */
import type { Role } from '../../common/auth';
import { hashPassword } from '../../server/auth/passwords';
import type { TestServer } from './server';

/** A password long enough for the rules. */
export const TEST_PASSWORD = 'correct horse battery';

/** Creates an account in the server's store (as `npm run user -- add` does) and returns its password. */
export async function addAccount(server: TestServer, name: string, role: Role, password = TEST_PASSWORD): Promise<string> {
  const at = new Date().toISOString();
  const added = server.running.authStore.addAccount(
    { name, role, passwordHash: await hashPassword(password), at },
    { at, actor: 'test', kind: 'account', from: 'local', what: `added account ${name} (${role})`, outcome: 'applied' },
  );
  if (!added) throw new Error(`an account named ${name} exists already`);
  return password;
}

/** Signs in over HTTP from the server's own origin and returns the `Cookie` header value that carries the session. */
export async function signIn(server: Pick<TestServer, 'url'>, name: string, password = TEST_PASSWORD): Promise<string> {
  const res = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: new URL(server.url).origin },
    body: JSON.stringify({ name, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${name} answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('sign-in set no cookie');
  return cookie;
}

/** Headers for a request made by a signed-in page of the server's own origin. */
export function asPage(server: Pick<TestServer, 'url'>, cookie: string, json = true): Record<string, string> {
  return { cookie, origin: new URL(server.url).origin, ...(json ? { 'content-type': 'application/json' } : {}) };
}
