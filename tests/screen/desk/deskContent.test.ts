import { describe, expect, it } from 'vitest';
import { DESK_EN, DESK_ZH } from '../../../screen/content/desk';
import { DESK_CONTENT_EN, DESK_CONTENT_ZH } from '../../../screen/content/deskContent';
import { DESK_FORMS_EN, DESK_FORMS_ZH } from '../../../screen/content/deskForms';
import { DESK_MODE_EN, DESK_MODE_ZH } from '../../../screen/content/deskMode';

/** Every leaf of the catalog, as `path: value`; functions called with sample arguments. */
function leaves(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'function') out.set(path, String((value as (...a: unknown[]) => unknown)('x', 1, 1, 1)));
    else for (const [k, v] of leaves(value as object, `${path}.`)) out.set(k, v);
  }
  return out;
}

describe('the desk’s words', () => {
  it('have both languages for every entry, English without Chinese characters except the switch back to 中文', () => {
    const zh = new Map([
      ...leaves(DESK_ZH),
      ...leaves(DESK_FORMS_ZH, 'forms.'),
      ...leaves(DESK_MODE_ZH, 'mode.'),
      ...leaves(DESK_CONTENT_ZH, 'content.'),
    ]);
    const en = new Map([
      ...leaves(DESK_EN),
      ...leaves(DESK_FORMS_EN, 'forms.'),
      ...leaves(DESK_MODE_EN, 'mode.'),
      ...leaves(DESK_CONTENT_EN, 'content.'),
    ]);
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    for (const [path, text] of en) if (path !== 'language') expect(text, path).not.toMatch(/\p{Script=Han}/u);
    for (const [path, text] of zh) expect(text.length, path).toBeGreaterThan(0);
    expect(DESK_EN.language).toBe('中文');
  });
});
