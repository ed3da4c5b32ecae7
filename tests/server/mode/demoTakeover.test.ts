/** A data folder from before the demo had its own store, opened by the new server. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EntrySource } from '../../../common/desk';
import type { DomainEvent } from '../../../common/events';
import type { Snapshot } from '../../../common/protocol';
import baseline from '../../../assets/baseline.json';
import { initialState, parseBaseline } from '../../../server/domain/baseline';
import { createLedger } from '../../../server/domain/ledger';
import { takeoverVerdict } from '../../../server/mode/demoTakeover';
import { openSqliteStore } from '../../../server/store/sqliteStore';
import { getJson, startTestServer, tempDataDir, type TestServer } from '../../support/server';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

/** Writes `wall.sqlite` as the server before this change did: every batch in the one store. */
function oldFolder(batches: Array<{ source: EntrySource; count: number }>): string {
  const dataDir = tempDataDir();
  const store = openSqliteStore(dataDir, { synchronous: 'normal' });
  const ledger = createLedger(store, () => initialState(parseBaseline(baseline)));
  let n = 0;
  for (const { source, count } of batches) {
    const events = Array.from({ length: count }, (): DomainEvent => ({ id: `old-${++n}`, type: 'wish.fulfilled', town: '灵田镇' }));
    ledger.ingest(events, { receivedAt: new Date(), source, sender: 'key:env' });
  }
  store.close();
  return dataDir;
}

async function serve(dataDir: string): Promise<TestServer> {
  const server = await startTestServer({ dataDir, env: { MOCK: 'on' } });
  servers.push(server);
  return server;
}

const seqOf = async (server: TestServer, mode: string) => (await getJson<Snapshot>(server, `/api/snapshot?mode=${mode}`)).seq;

describe('the verdict on an old wall.sqlite', () => {
  it('takes a file only the demo feed wrote, keeps one with real entries, and leaves one without demo events', () => {
    expect(takeoverVerdict({ demo: 12 })).toBe('take');
    expect(takeoverVerdict({ demo: 12, desk: 1 })).toBe('keep-mixed');
    expect(takeoverVerdict({ feed: 3 })).toBe('keep');
    expect(takeoverVerdict({})).toBe('keep');
  });
});

describe('an old data folder', () => {
  it('whose store holds only demo events becomes the demo store, and the live figures start from the baseline', async () => {
    const dataDir = oldFolder([{ source: 'demo', count: 5 }]);
    const server = await serve(dataDir);
    expect(await seqOf(server, 'demo')).toBe(5);
    expect(await seqOf(server, 'live')).toBe(0);
    expect(existsSync(join(dataDir, 'demo.sqlite'))).toBe(true);
  });

  it('whose store holds real entries too stays the live store, whole', async () => {
    const dataDir = oldFolder([
      { source: 'demo', count: 3 },
      { source: 'desk', count: 2 },
    ]);
    const server = await serve(dataDir);
    expect(await seqOf(server, 'live')).toBe(5);
    expect(await seqOf(server, 'demo')).toBe(0);
  });

  it('is looked at once: a restart after the takeover leaves both stores as they are', async () => {
    const dataDir = oldFolder([{ source: 'demo', count: 4 }]);
    await (await serve(dataDir)).stop();
    servers.splice(0);
    const again = await serve(dataDir);
    expect(await seqOf(again, 'demo')).toBe(4);
    expect(await seqOf(again, 'live')).toBe(0);
  });
});
