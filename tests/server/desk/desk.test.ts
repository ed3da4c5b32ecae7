import { describe, expect, it } from 'vitest';
import type { DeskToday, UndoResult } from '../../../common/desk';
import { compensatingValue, figuresToday, localDayStart } from '../../../server/desk/today';
import { addAccount, asPage, signIn } from '../../support/accounts';
import { postEvents, type TestServer } from '../../support/server';
import { serve, trail } from '../auth/support';

const appeal = (id: string) => ({ id, type: 'appeal.handled', town: '灵川镇', category: '市容市貌' });

async function operator(server: TestServer): Promise<string> {
  await addAccount(server, 'li', 'operator');
  return signIn(server, 'li');
}

async function today(server: TestServer, cookie: string): Promise<DeskToday> {
  const res = await fetch(`${server.url}/api/desk/today`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return (await res.json()) as DeskToday;
}

function record(server: TestServer, cookie: string, events: unknown) {
  return fetch(`${server.url}/api/events`, { method: 'POST', headers: asPage(server, cookie), body: JSON.stringify(events) });
}

function undo(server: TestServer, cookie: string, seq: number, reason: unknown = '录错了') {
  return fetch(`${server.url}/api/corrections/${seq}/undo`, {
    method: 'POST',
    headers: asPage(server, cookie),
    body: JSON.stringify({ reason }),
  });
}

describe('today at a glance', () => {
  it("shows each figure's value, today's change and where its last change came from, the newest entries and the ledger", async () => {
    const server = await serve();
    const li = await operator(server);
    const start = await today(server, li);
    const handled = (d: DeskToday) => d.figures.find((f) => f.id === 'appeals.handled');
    expect(handled(start)).toMatchObject({ todayChange: 0, source: 'seed', changedAt: null });

    expect((await postEvents(server, [appeal('feed-1'), appeal('feed-2')])).status).toBe(200);
    expect((await record(server, li, appeal('desk-1'))).status).toBe(200);
    const now = await today(server, li);
    expect(handled(now)).toMatchObject({ value: (handled(start)?.value ?? 0) + 3, todayChange: 3, source: 'desk' });
    expect(now.figures.find((f) => f.id === 'volunteers.mobilized')).toMatchObject({ todayChange: 0, source: 'seed' });
    expect(now.recent.map((e) => `${e.seq} ${e.sender} ${e.source}`)).toEqual(['3 account:li desk', '2 key:env feed', '1 key:env feed']);
    expect(now.ledger).toMatchObject({ headSeq: 3, headHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(now.screens).toEqual({ connected: 0, unpaired: 0, paired: [] });
  });

  it('is for operators and admins only', async () => {
    const server = await serve();
    await addAccount(server, 'zhao', 'presenter');
    const zhao = await signIn(server, 'zhao');
    expect((await fetch(`${server.url}/api/desk/today`, { headers: { cookie: zhao } })).status).toBe(403);
    expect((await fetch(`${server.url}/api/desk/today`)).status).toBe(401);
  });

  it('counts the change from the start of the local day', () => {
    const start = localDayStart(Date.parse('2026-12-01T15:30:00'));
    expect([start.getHours(), start.getMinutes(), start.getDate()]).toEqual([0, 0, 1]);
    const figures = figuresToday(
      ['appeals.handled'],
      { 'appeals.handled': 4610 } as never,
      { 'appeals.handled': 4600 } as never,
      new Map(),
    );
    expect(figures).toEqual([{ id: 'appeals.handled', value: 4610, todayChange: 10, source: 'seed', changedAt: null }]);
  });
});

describe('undoing a correction', () => {
  it('takes back what the correction changed with a new compensating entry, keeping what came after, and only once', async () => {
    const server = await serve();
    const li = await operator(server);
    await postEvents(server, [appeal('a1')]);
    const before = server.running.ledger.state.values['appeals.handled'];
    const fix = { id: 'fix-1', type: 'metric.corrected', metric: 'appeals.handled', value: before + 100, reason: '补录台账' };
    expect((await record(server, li, fix)).status).toBe(200);
    const correctionSeq = server.running.ledger.state.seq;
    await postEvents(server, [appeal('a2'), appeal('a3')]);
    expect(server.running.ledger.state.values['appeals.handled']).toBe(before + 102);

    const res = await undo(server, li, correctionSeq);
    expect(res.status).toBe(200);
    const result = (await res.json()) as UndoResult;
    // Back to what the figure would be without the correction: the two appeals after it still count.
    expect(result).toEqual({ seq: correctionSeq + 3, metric: 'appeals.handled', value: before + 2 });
    expect(server.running.ledger.state.values['appeals.handled']).toBe(before + 2);
    expect(trail(server, { kind: 'correction' }).map((l) => `${l.actor}: ${l.what}`)).toEqual([
      `li: undid the correction at seq ${correctionSeq} (appeals.handled back to ${before + 2}): 录错了`,
      `li: corrected appeals.handled to ${before + 100}: 补录台账`,
    ]);

    const again = await undo(server, li, correctionSeq);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: 'already_undone' });
    expect((await undo(server, li, 1)).status).toBe(404);
    expect((await undo(server, li, 999)).status).toBe(404);
    expect((await undo(server, li, correctionSeq, '')).status).toBe(400);
    expect(server.running.ledger.state.values['appeals.handled']).toBe(before + 2);
  });

  it('computes the compensating value from the figure now', () => {
    expect(compensatingValue(4702, 4600, 4700)).toBe(4602);
    expect(compensatingValue(300, 310, 300)).toBe(310);
  });
});
