import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../common/events';
import { createLedger } from '../../../server/domain/ledger';
import { openSqliteStore } from '../../../server/store/sqliteStore';
import { freshState } from '../../support/baseline';
import { tempDataDir } from '../../support/server';

const wish = (id: string): DomainEvent => ({ id, type: 'wish.fulfilled', town: '灵川镇' });
const feed = { receivedAt: new Date('2026-05-01T08:00:00Z'), source: 'feed' as const, sender: 'key:env' };

describe('a group of requests in one transaction', () => {
  it('answers each request as if it had come alone, and commits them all', () => {
    const dataDir = tempDataDir();
    const store = openSqliteStore(dataDir, { synchronous: 'normal' });
    const ledger = createLedger(store, freshState);
    ledger.ingest([wish('before')], feed);

    const { results, update } = ledger.ingestGroup([
      { events: [wish('a'), wish('b')], options: feed },
      { events: [wish('b'), wish('before'), wish('c')], options: { ...feed, source: 'demo' } },
      { events: [wish('a')], options: feed },
    ]);

    expect(results).toEqual([
      { accepted: 2, duplicates: 0, seq: 3 },
      { accepted: 1, duplicates: 2, seq: 4 },
      { accepted: 0, duplicates: 1, seq: 4 },
    ]);
    expect(update).toMatchObject({ fromSeq: 1, seq: 4, values: { 'wishes.fulfilled': 2504 } });
    expect(ledger.state.demo).toBe(true);
    expect(update?.recent?.map((r) => r.id)).toEqual(['c', 'b', 'a']);
    store.close();

    // What was committed is what a restart finds.
    const reopened = openSqliteStore(dataDir, { synchronous: 'normal' });
    const again = createLedger(reopened, freshState);
    expect(again.state.seq).toBe(4);
    expect(again.state.demo).toBe(true);
    expect(again.state.values['wishes.fulfilled']).toBe(2504);
    expect(again.ingest([wish('c')], feed)).toMatchObject({ accepted: 0, duplicates: 1, update: null });
    reopened.close();
  });

  it('changes nothing when every event of every request is a repeat', () => {
    const store = openSqliteStore(tempDataDir(), { synchronous: 'normal' });
    const ledger = createLedger(store, freshState);
    ledger.ingest([wish('x')], feed);
    const { results, update } = ledger.ingestGroup([
      { events: [wish('x')], options: feed },
      { events: [wish('x'), wish('x')], options: { ...feed, source: 'demo' } },
    ]);
    expect(results).toEqual([
      { accepted: 0, duplicates: 1, seq: 1 },
      { accepted: 0, duplicates: 2, seq: 1 },
    ]);
    expect(update).toBeNull();
    expect(ledger.state.demo).toBe(false);
    store.close();
  });
});
