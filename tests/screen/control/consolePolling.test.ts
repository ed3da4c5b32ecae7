// @vitest-environment happy-dom
/**
 * The console's view of the server when polls overlap: a command triggers a
 * fresh poll while the timer's is still in flight, and the older answer must
 * not overwrite the newer one (it would hide the command just sent).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import type { AuditRow } from '../../../screen/console/consoleApi';
import { useConsole } from '../../../screen/console/useConsole';

interface PendingCall {
  path: string;
  answer(body: unknown): void;
  /** Settles once the console has read the whole answer. */
  read: Promise<void>;
}

/** A fetch whose answers the test gives, in whatever order it likes. */
function controllableFetch() {
  const calls: PendingCall[] = [];
  const fetch = vi.fn(
    (path: string) =>
      new Promise<Response>((resolve) => {
        let markRead!: () => void;
        const read = new Promise<void>((done) => (markRead = done));
        const answer = (body: unknown) => {
          const response = new Response(JSON.stringify(body), { status: 200 });
          const json = response.json.bind(response);
          // The console reads each answer with json(): note when it has.
          response.json = () => json().finally(markRead);
          resolve(response);
        };
        calls.push({ path, answer, read });
      }),
  );
  return { fetch, calls };
}

const auditRow = (id: number, command: string): AuditRow => ({
  id,
  at: '2026-12-01T09:00:00.000Z',
  from: '127.0.0.1',
  outcome: 'applied',
  command,
});
const screens = { serverNow: 0, screens: [], groups: [], recentBanners: [], unpaired: 0, total: 0, offset: 0 };

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('the console polling the server', () => {
  it('keeps the newest audit log when an older poll answers last', async () => {
    const { fetch, calls } = controllableFetch();
    vi.stubGlobal('fetch', fetch);
    localStorage.setItem('lingchuan.controlToken', 'a-control-token-of-16');
    const scope = effectScope();
    const console = scope.run(() => useConsole())!;

    // The timer's poll is in flight: the screens asked for, not yet answered (the log is asked for after them).
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    const oldScreens = calls.shift()!;

    const sent = console.send({ target: { group: 'main' }, action: 'hold' }, 'hold');
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    calls.shift()!.answer({ channel: 'group:main', scene: 'overview', screens: 2, viewers: 0 });
    expect((await sent).kind).toBe('ok');

    // The poll the command asked for answers first, with the command in the log.
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    calls.shift()!.answer(screens);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    calls.shift()!.answer([auditRow(2, 'hold'), auditRow(1, 'goto')]);
    await vi.waitFor(() => expect(console.audit.value.map((row) => row.id)).toEqual([2, 1]));

    // Then the older poll's answers arrive: they must change nothing.
    oldScreens.answer(screens);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    const oldAudit = calls.shift()!;
    oldAudit.answer([auditRow(1, 'goto')]);
    // Once the console has read the old answers in full, whatever it would do with them is done.
    await Promise.all([oldScreens.read, oldAudit.read]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(console.audit.value.map((row) => row.id)).toEqual([2, 1]);
    scope.stop();
  });

  it('asks with a wrong token once, not once per endpoint, and then asks for the token again', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response(JSON.stringify({ error: 'unauthorized', message: 'x' }), { status: 401 })));
    vi.stubGlobal('fetch', fetch);
    localStorage.setItem('lingchuan.controlToken', 'a-wrong-token-of-16');
    const scope = effectScope();
    const console = scope.run(() => useConsole())!;
    await vi.waitFor(() => expect(console.token.value).toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetch).toHaveBeenCalledTimes(1);
    scope.stop();
  });

  it('says the server is away while it cannot be reached, and is back in touch once it answers', async () => {
    let up = false;
    const fetch = vi.fn((path: string) =>
      up
        ? Promise.resolve(new Response(JSON.stringify(path.includes('audit') ? [] : screens), { status: 200 }))
        : Promise.reject(new TypeError('Failed to fetch')),
    );
    vi.stubGlobal('fetch', fetch);
    vi.useFakeTimers();
    localStorage.setItem('lingchuan.controlToken', 'a-control-token-of-16');
    const scope = effectScope();
    const console = scope.run(() => useConsole())!;
    await vi.waitFor(() => expect(console.connection.value).toBe('lost'));
    expect(console.pollError.value).toBeNull();
    up = true;
    await vi.advanceTimersByTimeAsync(2500);
    await vi.waitFor(() => expect(console.connection.value).toBe('ok'));
    scope.stop();
    vi.useRealTimers();
  });
});
