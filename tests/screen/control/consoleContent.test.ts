import { describe, expect, it } from 'vitest';
import { COMMAND_ACTIONS, SCENE_IDS } from '../../../common/control';
import { CONSOLE_EN, CONSOLE_ZH } from '../../../screen/content/console';
import { SETUP_EN, SETUP_ZH } from '../../../screen/content/consoleSetup';
import { SIGN_IN_EN, SIGN_IN_ZH } from '../../../screen/content/signIn';

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

describe('the console words', () => {
  it('have both languages for every entry, English without Chinese characters except the switch back to 中文', () => {
    const zh = new Map([...leaves(CONSOLE_ZH), ...leaves(SETUP_ZH, 'setup.'), ...leaves(SIGN_IN_ZH, 'signIn.')]);
    const en = new Map([...leaves(CONSOLE_EN), ...leaves(SETUP_EN, 'setup.'), ...leaves(SIGN_IN_EN, 'signIn.')]);
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    for (const [path, text] of en) if (path !== 'language') expect(text, path).not.toMatch(/\p{Script=Han}/u);
    expect(CONSOLE_EN.language).toBe('中文');
    for (const [path, text] of zh) expect(text.length, path).toBeGreaterThan(0);
  });

  it('name every scene and every command', () => {
    for (const scene of SCENE_IDS) expect(CONSOLE_ZH.scenes[scene]).toBeTruthy();
    for (const action of COMMAND_ACTIONS) expect(CONSOLE_ZH.actions[action]).toBeTruthy();
    expect(CONSOLE_ZH.actions.hold).toBe('保持当前画面');
    expect(CONSOLE_ZH.actions.freeze).toBe('定格数据');
  });
});
