import { describe, expect, it } from 'vitest';
import { chooseMode, modeShown } from '../../../server/mode/modeChoice';

describe('the mode a reader is shown', () => {
  it('is the hall mode when it asks for none, and follows the hall', () => {
    expect(chooseMode(undefined, 'demo')).toEqual({ ok: true, mode: 'demo', pinned: false });
    expect(chooseMode('', 'live')).toEqual({ ok: true, mode: 'live', pinned: false });
  });

  it('is the one it asks for, kept whatever the hall shows', () => {
    expect(chooseMode('live', 'demo')).toEqual({ ok: true, mode: 'live', pinned: true });
    expect(chooseMode('demo', 'demo')).toEqual({ ok: true, mode: 'demo', pinned: true });
  });

  it('is refused for anything but live or demo', () => {
    for (const asked of ['LIVE', 'rehearsal', ['live', 'demo'], 1, null]) expect(chooseMode(asked, 'live').ok).toBe(false);
  });

  it('for a wall page that asked wrongly, is the hall mode rather than nothing', () => {
    expect(modeShown('rehearsal', 'demo')).toBe('demo');
    expect(modeShown('live', 'demo')).toBe('live');
  });
});
