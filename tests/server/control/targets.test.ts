import { describe, expect, it } from 'vitest';
import { reachesNone, reachOf, unreachedMessage } from '../../../server/control/targets';
import type { ScreenInfo } from '../../../server/realtime/screens';

const page = (screen: string, group = 'main', over: Partial<ScreenInfo> = {}): ScreenInfo => ({
  socketId: `s-${screen}`,
  screen,
  group,
  layout: 'auto',
  kind: 'wall',
  paired: true,
  connectedAt: 0,
  lastSeenAt: 0,
  ...over,
});

describe('whom a command reaches', () => {
  const pages = [
    page('a'),
    page('b'),
    page('lobby', 'entrance'),
    page('k1', 'main', { kind: 'kiosk' }),
    page('viewer', 'main', { paired: false }),
  ];
  const taken = new Set(['b']);
  const own = (p: Pick<ScreenInfo, 'screen' | 'paired'>) => p.paired && taken.has(p.screen);

  it('a group: the paired walls still following it, plus unpaired viewers; not kiosks, not walls taken out of it', () => {
    expect(reachOf({ group: 'main' }, 'hold', pages, own)).toEqual({ screens: ['a'], viewers: 1, individual: 1 });
  });

  it('a group reset brings back the walls taken out of it', () => {
    expect(reachOf({ group: 'main' }, 'reset', pages, own).screens).toEqual(['a', 'b']);
  });

  it('one screen: that paired wall only; a kiosk or an unpaired page of that name is no one to command', () => {
    expect(reachOf({ screen: 'b' }, 'next', pages, own).screens).toEqual(['b']);
    expect(reachesNone(reachOf({ screen: 'k1' }, 'next', pages, own))).toBe(true);
    expect(reachesNone(reachOf({ screen: 'viewer' }, 'next', pages, own))).toBe(true);
  });

  it('all: every wall', () => {
    expect(reachOf({ all: true }, 'reset', pages, own)).toMatchObject({ screens: ['a', 'b', 'lobby'], viewers: 1 });
  });

  it('nobody: a group with no wall, or whose walls are all taken out of it', () => {
    expect(reachesNone(reachOf({ group: 'hall-2' }, 'hold', pages, own))).toBe(true);
    const allTaken = reachOf({ group: 'main' }, 'hold', [page('b')], own);
    expect(reachesNone(allTaken)).toBe(true);
    expect(unreachedMessage({ group: 'main' }, allTaken)).toContain('单屏控制');
    expect(unreachedMessage({ group: 'hall-2' }, { screens: [], viewers: 0, individual: 0 })).toMatch(
      /^分组 hall-2 当前没有在线屏幕，命令未执行 \(.*\)$/,
    );
  });
});
