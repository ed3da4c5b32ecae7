/**
 * The wall's side of the presenter's control, as pure functions: how far the
 * wall's clock is from the server's, and which scene to show until when.
 * Every wall of a group computes the same answer from the same channel state
 * and the server's clock, so they switch together without talking to each other.
 */
import { sceneAt, type ChannelState, type SceneId } from '../../common/control';

/** setTimeout takes a signed 32-bit delay; anything longer fires at once. */
export const MAX_TIMER_MS = 2_147_483_647;

/**
 * Server clock minus client clock, from a message stamped `serverNow` that
 * arrived at client time `receivedAt`. Half the trip's latency is not
 * known; on a hall's LAN it is a few ms, well inside a crossfade.
 */
export function clockOffset(serverNow: number, receivedAt: number): number {
  return serverNow - receivedAt;
}

/** What the wall shows now and how long until it must look again. */
export interface ScenePlan {
  scene: SceneId;
  /** Client ms until the next scene starts; null while the playlist is held. */
  delayMs: number | null;
}

/** The scene of `state` at server time `serverNow`, and the delay to the next switch. */
export function planScene(state: ChannelState, serverNow: number): ScenePlan {
  const position = sceneAt(state, serverNow);
  if (position.endsAt === null) return { scene: position.scene, delayMs: null };
  // At endsAt itself sceneAt already gives the next scene, so waiting exactly that long is enough.
  const delayMs = Math.min(MAX_TIMER_MS, Math.max(1, position.endsAt - serverNow));
  return { scene: position.scene, delayMs };
}

/**
 * The scene a wall shows: a `?scene=` override pins it (for setting up a
 * wall or a demo), otherwise the channel decides; before the first control
 * message arrives, the default scene stands in.
 */
export function chooseScene(override: SceneId | null, planned: SceneId | null, fallback: SceneId): SceneId {
  return override ?? planned ?? fallback;
}
