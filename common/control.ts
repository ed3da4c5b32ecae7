/**
 * Scenes, the playlist and the presenter's commands: what walls show and
 * when. Pure, so that the server decides and every wall computes the same
 * scene from the same state and the server's clock.
 */
import type { MetricId } from './metrics';

export const SCENE_IDS = ['overview', 'regional', 'smart', 'brand'] as const;
export type SceneId = (typeof SCENE_IDS)[number];

export function isSceneId(value: unknown): value is SceneId {
  return typeof value === 'string' && (SCENE_IDS as readonly string[]).includes(value);
}

export interface PlaylistEntry {
  scene: SceneId;
  seconds: number;
}

/** Shortest and longest time a scene may stay up, in seconds: long enough to read, short enough to stay live. */
export const SCENE_SECONDS = { min: 5, max: 3600 } as const;
/** Fewest and most entries a playlist may have. */
export const PLAYLIST_ENTRIES = { min: 1, max: 20 } as const;

/** What a group of walls (or one wall taken out of its group) is doing. */
export interface ChannelState {
  playlist: PlaylistEntry[];
  /** Server time (ms) at which the playlist's first scene (last) started. */
  anchorMs: number;
  /** When held, the scene shown until resumed. */
  heldScene: SceneId | null;
  spotlight: MetricId | null;
  frozen: boolean;
  /** A welcome line for a visiting delegation, shown over the scene; absent (older saved states) or null when none. */
  banner?: string | null;
  /** The standby screen (the hall's emblem and title) instead of the scenes, before a visit starts. */
  standby?: boolean;
}

export const COMMAND_ACTIONS = [
  'goto',
  'next',
  'prev',
  'hold',
  'resume',
  'spotlight',
  'unspotlight',
  'freeze',
  'unfreeze',
  'release',
  'banner',
  'unbanner',
  'standby',
  'unstandby',
  'rejoin',
  'reset',
] as const;
export type CommandAction = (typeof COMMAND_ACTIONS)[number];

/** Whom a command is for: a group of walls, one wall, or (rejoin and reset only) every wall. */
export type CommandTarget = { group: string } | { screen: string } | { all: true };

export type SimpleAction = Exclude<CommandAction, 'goto' | 'spotlight' | 'banner'>;

/** A presenter's command. */
export type ControlCommand = { target: CommandTarget } & (
  | { action: 'goto'; scene: SceneId }
  | { action: 'spotlight'; metric: MetricId }
  | { action: 'banner'; text: string }
  | { action: SimpleAction }
);

/** Longest welcome line: one line across a wall, legible from 10 m. */
export const MAX_BANNER_CHARS = 40;

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
    case 'unspotlight':
      return { ...state, spotlight: null };
    case 'freeze':
      return { ...state, frozen: true };
    case 'unfreeze':
      return { ...state, frozen: false };
    case 'release':
      return { ...state, spotlight: null, frozen: false };
    case 'banner':
      return { ...state, banner: command.text };
    case 'unbanner':
      return { ...state, banner: null };
    case 'standby':
      return { ...state, standby: true };
    case 'unstandby':
      return { ...state, standby: false };
    case 'reset':
      // Back to the playlist as if nothing had been asked: the current scene plays on with its full time.
      return show({ ...state, heldScene: null, spotlight: null, frozen: false, banner: null, standby: false }, current.index, now);
    case 'rejoin':
      return state;
  }
}

/** What a channel shows, as `GET /api/screens` reports it: the scene, the next one and when, and what is on top. */
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

/** One group of walls: its channel's status, and how many of its connected walls follow it or are taken out of it. */
export interface GroupStatus extends ChannelStatus {
  group: string;
  following: number;
  individual: number;
}
