/**
 * Scenes, the playlist and the presenter's commands: what walls show and
 * when. Pure, so that the server decides and every wall computes the same
 * scene from the same state and the server's clock.
 */
import { isMetricId, type MetricId } from './metrics';

export const SCENE_IDS = ['overview', 'regional', 'smart', 'brand'] as const;
export type SceneId = (typeof SCENE_IDS)[number];

export function isSceneId(value: unknown): value is SceneId {
  return typeof value === 'string' && (SCENE_IDS as readonly string[]).includes(value);
}

export interface PlaylistEntry {
  scene: SceneId;
  seconds: number;
}

/** What a group of walls (or one wall taken out of its group) is doing. */
export interface ChannelState {
  playlist: PlaylistEntry[];
  /** Server time (ms) at which the playlist's first scene (last) started. */
  anchorMs: number;
  /** When held, the scene shown until resumed. */
  heldScene: SceneId | null;
  spotlight: MetricId | null;
  frozen: boolean;
}

export const COMMAND_ACTIONS = ['goto', 'next', 'prev', 'hold', 'resume', 'spotlight', 'freeze', 'release', 'rejoin'] as const;
export type CommandAction = (typeof COMMAND_ACTIONS)[number];

/** A presenter's command, for a whole group or one screen. */
export type ControlCommand = { target: { group: string } | { screen: string } } & (
  { action: 'goto'; scene: SceneId } | { action: 'spotlight'; metric: MetricId } | { action: Exclude<CommandAction, 'goto' | 'spotlight'> }
);

/** Sent to each screen when its channel changes, and on connect. */
export interface ControlMessage {
  state: ChannelState;
  /** The server's clock when sent, so screens agree on when scenes change. */
  serverNow: number;
  /** Whether this screen follows its own channel rather than its group's. */
  individual: boolean;
}

export function cycleMs(playlist: readonly PlaylistEntry[]): number {
  return playlist.reduce((sum, entry) => sum + entry.seconds * 1000, 0);
}

export interface ScenePosition {
  index: number;
  scene: SceneId;
  /** Server time at which this scene gives way to the next; null when held. */
  endsAt: number | null;
}

/** Which scene a channel shows at server time `now`. */
export function sceneAt(state: ChannelState, now: number): ScenePosition {
  const { playlist } = state;
  if (state.heldScene !== null) {
    const held = playlist.findIndex((e) => e.scene === state.heldScene);
    return { index: Math.max(0, held), scene: state.heldScene, endsAt: null };
  }
  const cycle = cycleMs(playlist);
  const into = (((now - state.anchorMs) % cycle) + cycle) % cycle;
  let start = 0;
  for (let index = 0; index < playlist.length; index++) {
    const entry = playlist[index]!;
    const end = start + entry.seconds * 1000;
    if (into < end) return { index, scene: entry.scene, endsAt: now - into + end };
    start = end;
  }
  return { index: 0, scene: playlist[0]!.scene, endsAt: now - into + cycle };
}

/** The anchor that makes the playlist's entry `index` start at `now`. */
function anchorFor(playlist: readonly PlaylistEntry[], index: number, now: number): number {
  return now - playlist.slice(0, index).reduce((sum, e) => sum + e.seconds * 1000, 0);
}

function show(state: ChannelState, index: number, now: number): ChannelState {
  const count = state.playlist.length;
  const wrapped = ((index % count) + count) % count;
  const scene = state.playlist[wrapped]!.scene;
  return { ...state, anchorMs: anchorFor(state.playlist, wrapped, now), heldScene: state.heldScene === null ? null : scene };
}

/** Applies a command to a channel at server time `now`, returning the new state. */
export function applyCommand(state: ChannelState, command: ControlCommand, now: number): ChannelState {
  const current = sceneAt(state, now);
  switch (command.action) {
    case 'goto': {
      const index = state.playlist.findIndex((e) => e.scene === command.scene);
      if (index < 0) return { ...state, heldScene: command.scene };
      return show(state, index, now);
    }
    case 'next':
      return show(state, current.index + 1, now);
    case 'prev':
      return show(state, current.index - 1, now);
    case 'hold':
      return { ...state, heldScene: current.scene };
    case 'resume':
      return show({ ...state, heldScene: null }, current.index, now);
    case 'spotlight':
      return { ...state, spotlight: command.metric };
    case 'freeze':
      return { ...state, frozen: true };
    case 'release':
      return { ...state, spotlight: null, frozen: false };
    case 'rejoin':
      return state;
  }
}

export type CommandParse = { ok: true; command: ControlCommand } | { ok: false; message: string };

/**
 * A screen's or group's name: 1 to 32 visible characters (Chinese welcome), no control or
 * invisible ones, and none of the markup characters, which no screen name needs.
 */
const NAME = /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}<>"'&\\`]{1,32}$/u;

/** Whether `value` may name a screen or a group, as pairing gives it and commands address it. */
export function isScreenName(value: unknown): value is string {
  return typeof value === 'string' && value === value.trim() && NAME.test(value);
}

/** Validates a command from the console. */
export function parseCommand(raw: unknown): CommandParse {
  if (typeof raw !== 'object' || raw === null) return { ok: false, message: 'a command must be a JSON object' };
  const { target, action, scene, metric } = raw as Record<string, unknown>;
  if (typeof target !== 'object' || target === null) return { ok: false, message: 'target must be {group} or {screen}' };
  const { group, screen } = target as Record<string, unknown>;
  const validTarget =
    isScreenName(group) && screen === undefined ? { group } : isScreenName(screen) && group === undefined ? { screen } : null;
  if (!validTarget)
    return { ok: false, message: 'target must be {group} or {screen}, a name of 1 to 32 visible characters, none of < > " \' & ` \\' };
  if (!(COMMAND_ACTIONS as readonly string[]).includes(action as string)) {
    return { ok: false, message: `action must be one of: ${COMMAND_ACTIONS.join(', ')}` };
  }
  if (action === 'goto') {
    if (!isSceneId(scene)) return { ok: false, message: `scene must be one of: ${SCENE_IDS.join(', ')}` };
    return { ok: true, command: { target: validTarget, action, scene } };
  }
  if (action === 'spotlight') {
    if (!isMetricId(metric)) return { ok: false, message: 'metric must be a metric id from GET /api/metrics' };
    return { ok: true, command: { target: validTarget, action, metric } };
  }
  if (action === 'rejoin' && !('screen' in validTarget)) return { ok: false, message: 'rejoin applies to one screen' };
  return { ok: true, command: { target: validTarget, action: action as Exclude<CommandAction, 'goto' | 'spotlight'> } };
}
