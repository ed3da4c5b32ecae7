/** What a channel shows, as the console reads it: the scene, the next one and when, and what is on top. Pure. */
import { sceneAt, type ChannelState, type ChannelStatus } from '../../common/control';

export type { ChannelStatus, GroupStatus } from '../../common/control';

export function channelStatus(state: ChannelState, now: number): ChannelStatus {
  const position = sceneAt(state, now);
  return {
    scene: position.scene,
    nextScene: position.endsAt === null ? null : sceneAt(state, position.endsAt).scene,
    endsAt: position.endsAt,
    held: state.heldScene !== null,
    spotlight: state.spotlight,
    frozen: state.frozen,
    banner: state.banner ?? null,
    standby: state.standby ?? false,
  };
}
