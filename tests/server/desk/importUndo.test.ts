/** Undoing an import through the real server: a compensating entry, the figures back, history kept, one undo per import. */
import { describe, expect, it } from 'vitest';
import type { ImportRecord, ImportResult, ImportUndoResult } from '../../../common/desk';
import type { Snapshot } from '../../../common/protocol';
import { addAccount, asPage, signIn } from '../../support/accounts';
import { connectScreen, waitFor } from '../../support/screens';
import type { TestServer } from '../../support/server';
import { serve, trail } from '../auth/support';

const CSV = '编号,乡镇,类别,摘要\nbad-1,灵川镇,市容市貌,路灯不亮\nbad-2,大圩镇,社会治安,噪音扰民\nbad-3,大圩镇,社会治安,占道经营\n';

function upload(server: TestServer, cookie: string, csv: string) {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), '错的文件.csv');
  return fetch(`${server.url}/api/import`, { method: 'POST', headers: { cookie, origin: new URL(server.url).origin }, body: form });
}

const snapshotOf = async (server: TestServer) => (await (await fetch(`${server.url}/api/snapshot`)).json()) as Snapshot;

describe('undoing an import', () => {
  it('takes back exactly what the import added, keeps what came after, and says so in the list and the trail', async () => {
    const server = await serve();
    await addAccount(server, 'li', 'operator');
    const li = await signIn(server, 'li');
    const page = asPage(server, li);
    const wall = connectScreen(server.url);
    try {
      const before = await snapshotOf(server);
      expect(((await (await upload(server, li, CSV)).json()) as ImportResult).seq).toBe(3);
      // A feed's appeal after the import is not the import's to take back.
      const later = { id: 'later-1', type: 'appeal.handled', town: '大圩镇', category: '市容市貌' };
      const feed = { authorization: `Bearer ${server.ingestToken}`, 'content-type': 'application/json' };
      expect((await fetch(`${server.url}/api/events`, { method: 'POST', headers: feed, body: JSON.stringify(later) })).status).toBe(200);

      const listed = (await (await fetch(`${server.url}/api/imports`, { headers: page })).json()) as ImportRecord[];
      expect(listed).toEqual([{ seq: 3, fromSeq: 1, entries: 3, at: expect.any(String), sender: 'account:li', undone: null }]);

      const undo = (reason: string, seq = 3) =>
        fetch(`${server.url}/api/imports/${seq}/undo`, { method: 'POST', headers: page, body: JSON.stringify({ reason }) });
      expect((await undo('')).status).toBe(400);
      expect((await undo('导错了文件', 2)).status).toBe(404);
      expect(server.running.ledger.state.seq).toBe(4);

      const undone = await undo('导错了文件');
      expect(undone.status).toBe(200);
      expect((await undone.json()) as ImportUndoResult).toEqual({ seq: 5, entries: 3, changes: { 'appeals.handled': -3 } });
      const after = await snapshotOf(server);
      expect(after.values['appeals.handled']).toBe(before.values['appeals.handled'] + 1);
      expect(after.breakdowns.appealsByTown['大圩镇']).toBe(before.breakdowns.appealsByTown['大圩镇']! + 1);
      expect(after.breakdowns.appealsByTown['灵川镇']).toBe(before.breakdowns.appealsByTown['灵川镇']);
      await waitFor(() => wall.updates.some((u) => u.seq === 5), 10_000, 'the wall was told of the undo');

      // Once only; and the list says who undid it.
      expect((await undo('再撤一次')).status).toBe(409);
      const relisted = (await (await fetch(`${server.url}/api/imports`, { headers: page })).json()) as ImportRecord[];
      expect(relisted[0]?.undone).toMatchObject({ seq: 5, sender: 'account:li' });
      expect(trail(server, { kind: 'import' })[0]).toMatchObject({ actor: 'li', what: expect.stringContaining('导错了文件') });

      // History is kept, and the ledger (import, undo and all) still verifies when folded again from the start.
      await addAccount(server, 'chief', 'admin');
      const verdict = await fetch(`${server.url}/api/ledger/verify`, {
        method: 'POST',
        headers: asPage(server, await signIn(server, 'chief'), false),
      });
      expect(await verdict.json()).toMatchObject({ ok: true, events: 5 });
    } finally {
      wall.close();
    }
  });

  it('cannot be sent as an event: only the desk works out what an undo subtracts', async () => {
    const server = await serve();
    const forged = { id: 'x', type: 'import.undone', importSeq: 1, reason: 'r', values: { 'appeals.handled': -4000 } };
    const sent = await fetch(`${server.url}/api/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.ingestToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(forged),
    });
    expect(sent.status).toBe(400);
    expect(server.running.ledger.state.seq).toBe(0);
  });
});
