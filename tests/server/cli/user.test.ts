/** `npm run user`, run as the hall's IT staff would: a real process on a real data folder, then a real sign-in. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { signIn } from '../../support/accounts';
import { startTestServer, tempDataDir, type TestServer } from '../../support/server';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const PASSWORD = 'first admin passphrase';

function user(dataDir: string, args: string[], stdin = ''): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/cli/user.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
    child.stdin.end(stdin);
  });
}

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

describe('npm run user', () => {
  it('makes the first admin of a new hall, who can then sign in; lists and disables accounts while the server runs', async () => {
    const dataDir = tempDataDir();
    const added = await user(dataDir, ['add', 'chief', '--role', 'admin', '--password-stdin'], `${PASSWORD}\n`);
    expect(added).toMatchObject({ code: 0, out: 'added chief (admin)\n' });
    const server = await startTestServer({ dataDir });
    servers.push(server);
    expect(await signIn(server, 'chief', PASSWORD)).toMatch(/^wall_session=/);

    expect((await user(dataDir, ['add', 'li', '--role', 'presenter', '--password-stdin'], PASSWORD)).code).toBe(0);
    const li = await signIn(server, 'li', PASSWORD);
    const listed = await user(dataDir, ['list']);
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(/^chief\s+admin\s+enabled\s+\d{4}-/m);
    expect(listed.out).toMatch(/^li\s+presenter\s+enabled/m);

    expect(await user(dataDir, ['disable', 'li'])).toMatchObject({ code: 0, out: 'disabled li; its sessions have ended\n' });
    expect((await fetch(`${server.url}/api/screens`, { headers: { cookie: li } })).status).toBe(401);
    expect((await user(dataDir, ['passwd', 'li', '--password-stdin'], 'another long passphrase')).code).toBe(0);
    expect(await user(dataDir, ['enable', 'li'])).toMatchObject({ code: 0 });
    expect(await signIn(server, 'li', 'another long passphrase')).toMatch(/^wall_session=/);

    const trail = server.running.authStore.trail.query({ kind: 'account', limit: 10 }).map((l) => `${l.actor}: ${l.what}`);
    expect(trail[0]).toMatch(/^command line \(.+\): account li: enabled$/);
    expect(trail).toHaveLength(5);
  });

  it('refuses what would do nothing or harm, with a message and a failing exit code, and changes nothing', async () => {
    const dataDir = tempDataDir();
    await user(dataDir, ['add', 'chief', '--role', 'admin', '--password-stdin'], PASSWORD);
    const cases: Array<[string[], string, number, RegExp]> = [
      [['add', 'chief', '--role', 'operator', '--password-stdin'], PASSWORD, 1, /already an account named chief/],
      [['add', 'li', '--role', 'operator', '--password-stdin'], 'short', 1, /at least 10 characters/],
      [['disable', 'chief'], '', 1, /only enabled admin/],
      [['enable', 'chief'], '', 1, /already enabled/],
      [['passwd', 'nobody', '--password-stdin'], PASSWORD, 1, /no account named nobody/],
      [['add', 'li', '--role', 'boss'], '', 2, /--role admin, operator or presenter[\s\S]*usage:/],
      [['remove', 'chief'], '', 2, /unknown command remove/],
      [['add', 'li', '--role', 'operator'], '', 1, /pipe it in with --password-stdin/],
    ];
    for (const [args, stdin, code, message] of cases) {
      const result = await user(dataDir, args, stdin);
      expect({ args, code: result.code, err: result.err }).toMatchObject({ args, code, err: expect.stringMatching(message) });
    }
    const listed = await user(dataDir, ['list']);
    expect(listed.out.trim().split('\n')).toHaveLength(1);
  });
});
