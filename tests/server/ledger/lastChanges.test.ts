/** Each figure's last change, read again and again as the log grows: the same answer a full trace gives, from the rows since the last read. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../common/events';
import { METRIC_IDS } from '../../../common/metrics';
import { createLedger } from '../../../server/domain/ledger';
import { traceMetricInFile } from '../../../server/store/ledgerFile';
import { lastChangesIn } from '../../../server/store/lastChanges';
import { openSqliteStore } from '../../../server/store/sqliteStore';
import { freshState } from '../../support/baseline';
import { tempDataDir } from '../../support/server';

const appeal = (id: string): DomainEvent => ({ id, type: 'appeal.handled', town: '灵川镇', category: '市容市貌' });
const at = (ms: number) => ({ receivedAt: new Date(Date.parse('2026-12-01T01:00:00Z') + ms), sender: 'key:env' });

describe('lastChangesIn', () => {
  it('agrees with a trace of every figure after each batch, whichever source sent it', async () => {
    const dir = tempDataDir();
    const store = openSqliteStore(dir);
    const ledger = createLedger(store, freshState);
    const file = join(dir, 'wall.sqlite');
    const read = lastChangesIn(file, () => ledger.state);
    try {
      expect((await read()).size).toBe(0);
      ledger.ingest([appeal('a1'), { id: 'o1', type: 'org.activity', org: '新党支部', members: 3 }], { ...at(1000), source: 'feed' });
      const first = { source: 'feed', at: '2026-12-01T01:00:01.000Z' };
      expect(await read()).toEqual(
        new Map([
          ['appeals.handled', first],
          ['orgs.active', first],
          ['members.active', first],
        ]),
      );
      // An organization seen before does not change the count: its last change stays the first entry's.
      ledger.ingest([{ id: 'o2', type: 'org.activity', org: '新党支部', members: 2 }], { ...at(2000), source: 'import' });
      const fix: DomainEvent = { id: 'c1', type: 'metric.corrected', metric: 'appeals.handled', value: 5000, reason: '核对' };
      ledger.ingest([fix], { ...at(3000), source: 'desk' });
      const last = await read();
      expect(last.get('orgs.active')).toEqual(first);
      expect(last.get('members.active')).toEqual({ source: 'import', at: '2026-12-01T01:00:02.000Z' });
      expect(last.get('appeals.handled')).toEqual({ source: 'desk', at: '2026-12-01T01:00:03.000Z' });
      for (const metric of METRIC_IDS) {
        const [traced] = await traceMetricInFile(file, metric, 1);
        expect(last.get(metric), metric).toEqual(traced ? { source: traced.source, at: traced.receivedAt } : undefined);
      }
    } finally {
      store.close();
    }
  });

  it('starts from the figures as they are on a log already long, and gives two desks asking at once the same answer', async () => {
    const dir = tempDataDir();
    const store = openSqliteStore(dir);
    const ledger = createLedger(store, freshState);
    try {
      for (let i = 0; i < 50; i++) ledger.ingest([appeal(`b${i}`)], { ...at(i * 1000), source: i % 2 ? 'feed' : 'desk' });
      const read = lastChangesIn(join(dir, 'wall.sqlite'), () => ledger.state);
      const [one, other] = await Promise.all([read(), read()]);
      expect(one.get('appeals.handled')).toEqual({ source: 'feed', at: '2026-12-01T01:00:49.000Z' });
      expect(other).toEqual(one);
    } finally {
      store.close();
    }
  });
});
