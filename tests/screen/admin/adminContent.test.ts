import { describe, expect, it } from 'vitest';
import { ADMIN_EN, ADMIN_ZH } from '../../../screen/content/admin';
import { AUDIT_LINES_EN, AUDIT_LINES_ZH } from '../../../screen/content/adminAuditLines';
import { RECORDS_EN, RECORDS_ZH } from '../../../screen/content/adminRecords';

/** Every leaf of the catalog, as `path: value`; functions called with sample arguments. */
function leaves(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'function') out.set(path, String((value as (...a: unknown[]) => unknown)('x', 1, 1)));
    else for (const [k, v] of leaves(value as object, `${path}.`)) out.set(k, v);
  }
  return out;
}

describe('the admin page words', () => {
  it('have both languages for every entry, English without Chinese characters except the switch back to 中文', () => {
    const zh = new Map([...leaves(ADMIN_ZH), ...leaves(RECORDS_ZH, 'records.'), ...leaves(AUDIT_LINES_ZH, 'lines.')]);
    const en = new Map([...leaves(ADMIN_EN), ...leaves(RECORDS_EN, 'records.'), ...leaves(AUDIT_LINES_EN, 'lines.')]);
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    for (const [path, text] of en) if (path !== 'language') expect(text, path).not.toMatch(/\p{Script=Han}/u);
    for (const [path, text] of zh) expect(text.length, path).toBeGreaterThan(0);
    expect(ADMIN_EN.language).toBe('中文');
  });
});
