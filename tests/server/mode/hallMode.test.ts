import { describe, expect, it } from 'vitest';
import { createHallMode, startingMode, switchRefusal, type ModeSettings } from '../../../server/mode/hallMode';

function memorySettings(initial: Record<string, string> = {}): ModeSettings & { saved: Record<string, string> } {
  const saved = { ...initial };
  return { saved, setting: (key) => saved[key] ?? null, saveSetting: (key, value) => void (saved[key] = value) };
}

describe('the hall mode at start', () => {
  it('is demo on a new install with the demo feed, and live without it', () => {
    expect(startingMode(null, true)).toBe('demo');
    expect(startingMode(null, false)).toBe('live');
  });

  it('is what was saved, unless there is no demo feed to show', () => {
    expect(startingMode('live', true)).toBe('live');
    expect(startingMode('demo', false)).toBe('live');
    expect(startingMode('garbled', true)).toBe('demo');
  });

  it('is kept from the first start, so that turning the demo feed on later does not take a live hall back to demo', () => {
    const settings = memorySettings();
    createHallMode(settings, false);
    expect(createHallMode(settings, true).current()).toBe('live');
  });
});

describe('a switch', () => {
  it('is refused when it changes nothing or when there is no demo feed', () => {
    expect(switchRefusal('demo', 'demo', true)).toBe('no_change');
    expect(switchRefusal('live', 'demo', false)).toBe('not_switchable');
    expect(switchRefusal('demo', 'live', true)).toBeNull();
  });

  it('is saved and says where it came from', () => {
    const settings = memorySettings();
    const hall = createHallMode(settings, true);
    expect(hall.switchTo('live')).toEqual({ ok: true, from: 'demo', mode: 'live' });
    expect(hall.current()).toBe('live');
    expect(createHallMode(settings, true).current()).toBe('live');
  });

  it('changes nothing when the disk refuses it', () => {
    const settings = memorySettings();
    const hall = createHallMode(settings, true);
    settings.saveSetting = () => {
      throw Object.assign(new Error('disk full'), { code: 'SQLITE_FULL' });
    };
    expect(() => hall.switchTo('live')).toThrow('disk full');
    expect(hall.current()).toBe('demo');
  });
});
