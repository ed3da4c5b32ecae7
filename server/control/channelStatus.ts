/** What a channel shows, as the console reads it: the scene, the next one and when, and what is on top. Pure. */
import { sceneAt, type ChannelState, type SceneId } from '../../common/control';

export interface ChannelStatus {
  scene: SceneId;
  /** The scene after this one; null while held. */
  nextScene: SceneId | null;
  /** Server time at which the next scene starts; null while held. */
  endsAt: number | null;
  held: boolean;
  spotlight: string | null;
  frozen: boolean;
  banner: string | null;
  standby: boolean;
}

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

/** One group of walls: its channel's status, and how many of its connected walls follow it or are taken out of it. */
export interface GroupStatus extends ChannelStatus {
  group: string;
  following: number;
  individual: number;
}
