// @vitest-environment happy-dom
/**
 * The console's view of the server when polls overlap: a command triggers a
 * fresh poll while the timer's is still in flight, and the older answer must
 * not overwrite the newer one (it would hide the command just sent).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectScope, ref } from 'vue';
import type { ApiError } from '../../../screen/components/auth/apiRequest';
import type { AuditRow } from '../../../screen/console/consoleApi';
import { useConsole } from '../../../screen/console/useConsole';

/** A console with a presenter signed in; `refusals` collects what it hands back when the server refuses it. */
function signedInConsole() {
  const refusals: ApiError[] = [];
  const active = ref(true);
  const scope = effectScope();
  const console = scope.run(() => useConsole({ active, onRefused: (error) => refusals.push(error) }))!;
  return { console, scope, refusals, active };
}

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
});

describe('the console polling the server', () => {
  it('keeps the newest audit log when an older poll answers last', async () => {
    const { fetch, calls } = controllableFetch();
    vi.stubGlobal('fetch', fetch);
    const { console, scope } = signedInConsole();

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

  it('asks once with an ended session, not once per endpoint, hands the refusal back and stops polling', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response(JSON.stringify({ error: 'unauthorized', message: 'x' }), { status: 401 })));
    vi.stubGlobal('fetch', fetch);
    vi.useFakeTimers();
    const { scope, refusals } = signedInConsole();
    await vi.waitFor(() => expect(refusals.map((error) => error.status)).toEqual([401]));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetch).toHaveBeenCalledTimes(1);
    scope.stop();
    vi.useRealTimers();
  });

  it('sends with the session cookie and never an Authorization header, and asks nothing while nobody is signed in', async () => {
    const fetch = vi.fn((_path: string, _init?: RequestInit) =>
      Promise.resolve(new Response(JSON.stringify(_path.includes('audit') ? [] : screens), { status: 200 })),
    );
    vi.stubGlobal('fetch', fetch);
    vi.useFakeTimers();
    const { console, scope, active } = signedInConsole();
    await vi.waitFor(() => expect(console.connection.value).toBe('ok'));
    for (const [, init] of fetch.mock.calls) {
      expect(init?.credentials).toBe('same-origin');
      expect(Object.keys(init?.headers ?? {}).map((h) => h.toLowerCase())).not.toContain('authorization');
    }
    active.value = false;
    await vi.advanceTimersByTimeAsync(0);
    const asked = fetch.mock.calls.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetch.mock.calls.length).toBe(asked);
    expect((await console.send({ target: { group: 'main' }, action: 'hold' }, 'hold')).text).toBe('请先登录');
    expect(fetch.mock.calls.length).toBe(asked);
    scope.stop();
    vi.useRealTimers();
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
    const { console, scope } = signedInConsole();
    await vi.waitFor(() => expect(console.connection.value).toBe('lost'));
    expect(console.pollError.value).toBeNull();
    up = true;
    await vi.advanceTimersByTimeAsync(2500);
    await vi.waitFor(() => expect(console.connection.value).toBe('ok'));
    scope.stop();
    vi.useRealTimers();
  });
});
