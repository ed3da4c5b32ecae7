import { describe, expect, it } from 'vitest';
import { takeBootData } from '../../../screen/socket/bootData';

/** A page holding one element with `text`, which `remove()` takes away, as the DOM would. */
function pageWith(text: string | null) {
  let element: { textContent: string; remove(): void } | null =
    text === null ? null : { textContent: text, remove: () => (element = null) };
  return { getElementById: (id: string) => (id === 'boot-data' ? (element as unknown as HTMLElement | null) : null) };
}

const SNAPSHOT = { seq: 12, at: '2026-12-01T08:00:00Z', demo: false, values: { 'appeals.handled': 4612 }, breakdowns: {}, recent: [] };
const CATALOG = { title: { zh: '灵川县智慧党建展示馆', en: 'Lingchuan' }, metrics: [] };

describe('takeBootData', () => {
  it('reads the snapshot and catalog the server wrote, once', () => {
    const page = pageWith(JSON.stringify({ snapshot: SNAPSHOT, catalog: CATALOG }));
    expect(takeBootData(page)).toEqual({ snapshot: SNAPSHOT, catalog: CATALOG });
    // A second reader (a remounted wall) must not show those figures again over newer ones.
    expect(takeBootData(page)).toEqual({});
  });

  it('ignores a page without boot data, broken JSON, and malformed parts', () => {
    expect(takeBootData(pageWith(null))).toEqual({});
    expect(takeBootData(pageWith('{"snapshot":'))).toEqual({});
    expect(takeBootData(pageWith('[1,2]'))).toEqual({});
    expect(takeBootData(pageWith(JSON.stringify({ snapshot: { ...SNAPSHOT, seq: 'x' }, catalog: CATALOG })))).toEqual({ catalog: CATALOG });
    expect(takeBootData(pageWith(JSON.stringify({ snapshot: SNAPSHOT, catalog: { title: 'x' } })))).toEqual({ snapshot: SNAPSHOT });
  });
});
