/** A spreadsheet import through the real server: signed in, one transaction, named after the operator, on the walls. */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportPreview, ImportResult } from '../../../common/desk';
import { addAccount, asPage, signIn } from '../../support/accounts';
import { connectScreen, waitFor } from '../../support/screens';
import type { TestServer } from '../../support/server';
import { serve, trail } from '../auth/support';

const CSV = '编号,乡镇,类别,摘要,时间\nhot-1,灵川镇,市容市貌,路灯不亮,2026-12-01 09:30\nhot-2,大圩镇,社会治安,噪音扰民,2026-12-01 10:05\n';

function upload(server: TestServer, cookie: string, csv: string, dryRun: boolean, origin = new URL(server.url).origin) {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), '诉求.csv');
  return fetch(`${server.url}/api/import${dryRun ? '?dryRun=1' : ''}`, { method: 'POST', headers: { cookie, origin }, body: form });
}

describe('importing a spreadsheet through the server', () => {
  it('previews, applies as the operator with source import, reaches a wall at once, and changes nothing the second time', async () => {
    const server = await serve();
    await addAccount(server, 'li', 'operator');
    const li = await signIn(server, 'li');
    const wall = connectScreen(server.url);
    try {
      await waitFor(() => wall.snapshots.length > 0, 10_000, 'the wall got its snapshot');
      const preview = (await (await upload(server, li, CSV, true)).json()) as ImportPreview;
      expect(preview.rows.map((r) => [r.row, r.id, r.duplicate])).toEqual([
        [2, 'hot-1', false],
        [3, 'hot-2', false],
      ]);
      expect(server.running.ledger.state.seq).toBe(0);

      const applied = await upload(server, li, CSV, false);
      expect(applied.status).toBe(200);
      expect((await applied.json()) as ImportResult).toEqual({ accepted: 2, duplicates: 0, seq: 2 });
      await waitFor(() => wall.updates.some((u) => u.seq === 2), 10_000, 'the wall got the imported appeals');

      const db = new Database(join(server.dataDir, 'wall.sqlite'), { readonly: true });
      expect(db.prepare('SELECT sender, source FROM events ORDER BY seq').all()).toEqual([
        { sender: 'account:li', source: 'import' },
        { sender: 'account:li', source: 'import' },
      ]);
      db.close();
      expect(trail(server, { kind: 'import' })[0]).toMatchObject({
        actor: 'li',
        outcome: 'applied',
        what: expect.stringContaining('诉求.csv'),
      });

      expect((await (await upload(server, li, CSV, false)).json()) as ImportResult).toEqual({ accepted: 0, duplicates: 2, seq: 2 });
      // Entries from an import and from the desk are links of the chain like a feed's: the ledger verifies.
      const fix = { id: 'fix-1', type: 'metric.corrected', metric: 'appeals.handled', value: 4700, reason: '核对台账' };
      const recorded = await fetch(`${server.url}/api/events`, { method: 'POST', headers: asPage(server, li), body: JSON.stringify(fix) });
      expect(recorded.status).toBe(200);
      await addAccount(server, 'chief', 'admin');
      const verdict = await fetch(`${server.url}/api/ledger/verify`, {
        method: 'POST',
        headers: asPage(server, await signIn(server, 'chief'), false),
      });
      expect(await verdict.json()).toMatchObject({ ok: true, events: 3 });
      // From another site's page the signed-in upload is refused before its file is read.
      expect((await upload(server, li, CSV, false, 'http://evil.example')).status).toBe(403);
    } finally {
      wall.close();
    }
  });
});
