import { describe, expect, it } from 'vitest';
import type { GroupRow, ScreenRow } from '../../../screen/console/consoleApi';
import { groupChoices, secondsLeft, singleScreens, targetStatus } from '../../../screen/console/padState';

const group = (over: Partial<GroupRow> = {}): GroupRow => ({
  group: 'main',
  following: 2,
  individual: 0,
  scene: 'regional',
  nextScene: 'smart',
  endsAt: 50_000,
  held: false,
  spotlight: null,
  frozen: false,
  banner: null,
  standby: false,
  ...over,
});

const wall = (screen: string, over: Partial<ScreenRow> = {}): ScreenRow => ({
  id: `socket-${screen}`,
  screen,
  group: 'main',
  layout: '16x9',
  kind: 'wall',
  connectedAt: 0,
  lastSeenAt: 0,
  scene: 'overview',
  individual: false,
  held: false,
  spotlight: null,
  frozen: false,
  ...over,
});

describe('what the buttons show for the target', () => {
  it('a group: its channel, reaching only the walls that still follow it', () => {
    const status = targetStatus({ group: 'main' }, [group({ following: 1, individual: 1, frozen: true })], []);
    expect(status).toMatchObject({ scene: 'regional', nextScene: 'smart', frozen: true, held: false, reach: 1 });
  });

  it('one wall: its own row, with its banner and standby', () => {
    const rows = [wall('a', { scene: 'brand', individual: true, held: true, banner: '热烈欢迎', standby: true, endsAt: null })];
    expect(targetStatus({ screen: 'a' }, [group()], rows)).toMatchObject({
      scene: 'brand',
      held: true,
      banner: '热烈欢迎',
      standby: true,
      reach: 1,
    });
  });

  it('nothing connected: no status, so no button claims a state the walls are not in', () => {
    expect(targetStatus({ group: 'entrance' }, [group()], [])).toBeNull();
    expect(targetStatus({ screen: 'gone' }, [group()], [wall('a')])).toBeNull();
    expect(targetStatus({ screen: 'k1' }, [], [wall('k1', { kind: 'kiosk', scene: null })])).toBeNull();
  });
});

describe('time left in the scene', () => {
  it('counts whole seconds down on the server clock, never below zero, and none while held', () => {
    expect(secondsLeft(50_000, 8_000)).toBe(42);
    expect(secondsLeft(50_000, 49_100)).toBe(1);
    expect(secondsLeft(50_000, 51_000)).toBe(0);
    expect(secondsLeft(null, 0)).toBeNull();
  });
});

describe('the target picker', () => {
  it('lists each group with the walls that follow it, and keeps the picked group even when it has none', () => {
    expect(groupChoices([group({ following: 1, individual: 1 })], { group: 'entrance' })).toEqual([
      { group: 'main', following: 1, individual: 1 },
      { group: 'entrance', following: 0, individual: 0 },
    ]);
    expect(groupChoices([group()], { screen: 'a' })).toHaveLength(1);
  });

  it('badges the walls taken out of their group, not kiosks', () => {
    expect(singleScreens([wall('a', { individual: true }), wall('b'), wall('k', { kind: 'kiosk', individual: true })])).toEqual(['a']);
  });
});
