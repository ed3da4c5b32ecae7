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
const screens = { serverNow: 0, screens: [] };

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

    // The timer's poll is in flight: screens and audit asked for, not yet answered.
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    const [oldScreens, oldAudit] = calls.splice(0, 2) as [PendingCall, PendingCall];

    const sent = console.send({ target: { group: 'main' }, action: 'hold' });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    calls.shift()!.answer({ channel: 'group:main', scene: 'overview', screens: 2 });
    expect((await sent).kind).toBe('ok');

    // The poll the command asked for answers first, with the command in the log.
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    for (const call of calls.splice(0, 2)) call.answer(call.path.includes('audit') ? [auditRow(2, 'hold'), auditRow(1, 'goto')] : screens);
    await vi.waitFor(() => expect(console.audit.value.map((row) => row.id)).toEqual([2, 1]));

    // Then the older poll's answer arrives: it must change nothing.
    oldScreens.answer(screens);
    oldAudit.answer([auditRow(1, 'goto')]);
    // Once the console has read the old answers in full, whatever it would do with them is done.
    await Promise.all([oldScreens.read, oldAudit.read]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(console.audit.value.map((row) => row.id)).toEqual([2, 1]);
    scope.stop();
  });
});
