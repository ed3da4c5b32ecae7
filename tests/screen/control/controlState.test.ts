import { describe, expect, it } from 'vitest';
import type { ChannelState } from '../../../common/control';
import { chooseScene, clockOffset, MAX_TIMER_MS, planScene } from '../../../screen/stores/controlState';

const channel = (extra: Partial<ChannelState> = {}): ChannelState => ({
  playlist: [
    { scene: 'overview', seconds: 60 },
    { scene: 'regional', seconds: 30 },
    { scene: 'smart', seconds: 30 },
  ],
  anchorMs: 1_000_000,
  heldScene: null,
  spotlight: null,
  frozen: false,
  ...extra,
});

describe('the clock offset', () => {
  it('is the server clock minus the wall clock, either way round', () => {
    expect(clockOffset(10_500, 10_000)).toBe(500);
    expect(clockOffset(10_000, 10_750)).toBe(-750);
  });

  it('lets two walls with different clocks agree on the scene', () => {
    const state = channel();
    const serverNow = 1_000_000 + 59_000;
    const fast = clockOffset(serverNow, serverNow + 4000);
    const slow = clockOffset(serverNow, serverNow - 9000);
    const later = 2000;
    const onFast = planScene(state, serverNow + 4000 + later + fast);
    const onSlow = planScene(state, serverNow - 9000 + later + slow);
    expect(onFast).toEqual(onSlow);
    expect(onFast.scene).toBe('regional');
  });
});

describe('the scene plan', () => {
  it('gives the scene now and the wait until the next one starts', () => {
    expect(planScene(channel(), 1_000_000)).toEqual({ scene: 'overview', delayMs: 60_000 });
    expect(planScene(channel(), 1_000_000 + 75_000)).toEqual({ scene: 'regional', delayMs: 15_000 });
  });

  it('wraps round the playlist', () => {
    expect(planScene(channel(), 1_000_000 + 120_000 + 1)).toEqual({ scene: 'overview', delayMs: 59_999 });
  });

  it('switches exactly when the wait is over', () => {
    const { delayMs } = planScene(channel(), 1_000_000 + 10_000);
    expect(planScene(channel(), 1_000_000 + 10_000 + delayMs!).scene).toBe('regional');
    expect(planScene(channel(), 1_000_000 + 10_000 + delayMs! - 1).scene).toBe('overview');
  });

  it('waits for nothing while held', () => {
    expect(planScene(channel({ heldScene: 'smart' }), 1_000_000)).toEqual({ scene: 'smart', delayMs: null });
  });

  it('never asks for a timer longer than setTimeout can keep', () => {
    const long = channel({
      playlist: [
        { scene: 'overview', seconds: 3_000_000 },
        { scene: 'brand', seconds: 5 },
      ],
    });
    expect(planScene(long, 1_000_000).delayMs).toBe(MAX_TIMER_MS);
  });
});

describe('the scene shown', () => {
  it('is the URL override first, then the channel, then the default', () => {
    expect(chooseScene('brand', 'smart', 'overview')).toBe('brand');
    expect(chooseScene(null, 'smart', 'overview')).toBe('smart');
    expect(chooseScene(null, null, 'overview')).toBe('overview');
  });
});
