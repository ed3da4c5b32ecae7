import { describe, expect, it } from 'vitest';
import type { ChannelState } from '../../../common/control';
import { channelStatus } from '../../../server/control/channelStatus';

const playlist = [
  { scene: 'overview' as const, seconds: 60 },
  { scene: 'regional' as const, seconds: 30 },
];
const state: ChannelState = { playlist, anchorMs: 0, heldScene: null, spotlight: null, frozen: false };

describe('a channel as the console reads it', () => {
  it('the scene now, the next one and when it starts', () => {
    expect(channelStatus(state, 10_000)).toMatchObject({ scene: 'overview', nextScene: 'regional', endsAt: 60_000, held: false });
    expect(channelStatus(state, 70_000)).toMatchObject({ scene: 'regional', nextScene: 'overview', endsAt: 90_000 });
  });

  it('held: no next scene and no end', () => {
    expect(channelStatus({ ...state, heldScene: 'regional' }, 10_000)).toMatchObject({
      scene: 'regional',
      nextScene: null,
      endsAt: null,
      held: true,
    });
  });

  it('a state saved before banners and standby existed reads as neither', () => {
    expect(channelStatus(state, 0)).toMatchObject({ banner: null, standby: false });
    expect(channelStatus({ ...state, banner: '热烈欢迎', standby: true }, 0)).toMatchObject({ banner: '热烈欢迎', standby: true });
  });
});
