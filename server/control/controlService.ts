/**
 * The presenter's side of the wall: each group of walls (and any wall taken
 * out of its group) has a channel state; commands change it, and every wall
 * on that channel is told at once. A command that would reach no wall is
 * refused and changes nothing.
 */
import {
  applyCommand,
  sceneAt,
  type ChannelState,
  type ControlCommand,
  type ControlMessage,
  type PlaylistEntry,
  type SceneId,
} from '../../common/control';
import type { ScreenInfo, ScreenRegistry } from '../realtime/screens';
import { channelStatus, type ChannelStatus, type GroupStatus } from './channelStatus';
import type { Requester } from '../audit/auditTrail';
import type { AuditEntry, CommandRecord, ControlStore } from './controlStore';
import { reachesNone, reachOf, unreachedMessage } from './targets';
import { replacePlaylist, samePlaylist, type EditableChannelState, type PlaylistEdit } from './playlistEdit';

/** A connected paired screen; a wall's carries its channel's status, a kiosk's (which runs its own loop) only null scene and flags. */
export interface ScreenStatus extends Omit<ScreenInfo, 'socketId'>, Partial<Omit<ChannelStatus, 'scene'>> {
  id: string;
  scene: SceneId | null;
  individual: boolean;
  held: boolean;
  spotlight: string | null;
  frozen: boolean;
}

export type ApplyResult =
  | { ok: true; channel: string; state: ChannelState | null; scene: SceneId | null; screens: number; viewers: number }
  | { ok: false; error: 'no_screens'; message: string };

/** A group's playlist as the desk edits it; `version` changes with every save. */
export interface GroupPlaylist {
  group: string;
  playlist: PlaylistEntry[];
  version: number;
}

export type PlaylistResult =
  ({ ok: true } & GroupPlaylist) | { ok: false; error: 'unknown_group' | 'stale' | 'no_change'; message: string; current?: GroupPlaylist };

export interface ControlService {
  /** What a wall should follow now; null for kiosks, which run their own loop. */
  messageFor(screen: ScreenInfo): ControlMessage | null;
  apply(command: ControlCommand, by: Requester): ApplyResult;
  record(by: Requester, outcome: AuditEntry['outcome'], command: unknown): void;
  /** The paired screens connected now. */
  screens(): ScreenStatus[];
  /** The groups of the paired walls connected now, with their channels' status. */
  groups(): GroupStatus[];
  /** How many connected pages are not paired: they show the public figures and are no one's target. */
  unpaired(): number;
  auditLog(limit: number): AuditEntry[];
  recentBanners(): string[];
  /** The playlists of the groups there are: with a channel or a connected wall, and `main`. */
  playlists(): GroupPlaylist[];
  /** Saves a group's new playlist if nobody saved since `edit.version`, audited in the same transaction; its walls follow at once. */
  setPlaylist(group: string, edit: PlaylistEdit, by: Requester): PlaylistResult;
}

export interface ControlDeps {
  store: ControlStore;
  playlist: PlaylistEntry[];
  registry: ScreenRegistry;
  send: (socketId: string, message: ControlMessage) => void;
  now?: () => number;
}

const groupKey = (group: string) => `group:${group}`;
const screenKey = (screen: string) => `screen:${screen}`;
/** How many recent welcome lines the console offers. */
const RECENT_BANNERS = 8;

export function createControlService({ store, playlist, registry, send, now = Date.now }: ControlDeps): ControlService {
  // Saved channels keep their position and a playlist saved from the desk; the others play the playlist as configured now
  // (and older ones gain the newer fields).
  const normalize = (state: EditableChannelState): ChannelState => ({
    ...state,
    playlist: (state.playlistVersion ?? 0) > 0 ? state.playlist : playlist,
    banner: state.banner ?? null,
    standby: state.standby ?? false,
  });
  const channels = new Map([...store.channels()].map(([key, state]) => [key, normalize(state)]));
  const fresh = (): ChannelState => ({
    playlist,
    anchorMs: 0,
    heldScene: null,
    spotlight: null,
    frozen: false,
    banner: null,
    standby: false,
  });
  const playlistOf = (group: string): GroupPlaylist => {
    const state: EditableChannelState = channels.get(groupKey(group)) ?? fresh();
    return { group, playlist: state.playlist, version: state.playlistVersion ?? 0 };
  };
  const groupNames = () => {
    const groups = new Set(['main']);
    for (const key of channels.keys()) if (key.startsWith('group:')) groups.add(key.slice('group:'.length));
    for (const page of registry.list()) if (page.kind === 'wall') groups.add(page.group);
    return [...groups].sort((a, b) => a.localeCompare(b));
  };
  const ownChannel = (screen: Pick<ScreenInfo, 'screen' | 'paired'>) => screen.paired && channels.has(screenKey(screen.screen));

  const channelOf = (screen: ScreenInfo): { key: string; state: ChannelState; individual: boolean } => {
    // Only a paired screen has a channel of its own: a page cannot take over one by naming itself after it.
    const own = screen.paired ? channels.get(screenKey(screen.screen)) : undefined;
    if (own) return { key: screenKey(screen.screen), state: own, individual: true };
    return { key: groupKey(screen.group), state: channels.get(groupKey(screen.group)) ?? fresh(), individual: false };
  };

  const messageFor = (screen: ScreenInfo): ControlMessage | null => {
    if (screen.kind !== 'wall') return null;
    const { state, individual } = channelOf(screen);
    return { state, serverNow: now(), individual };
  };

  /** The channels a command changes: saved (a state) or removed (null). */
  const changesFor = (command: ControlCommand, t: number): CommandRecord['changes'] => {
    const { target } = command;
    const screenKeys = [...channels.keys()].filter((key) => key.startsWith('screen:'));
    // The paired screen's own group, even while it is offline.
    const groupOf = (screen: string) => store.deviceByName(screen)?.group ?? 'main';
    if ('all' in target) {
      const removed = screenKeys.map((key) => ({ key, state: null }));
      if (command.action !== 'reset') return removed;
      const groups = new Set([...channels.keys()].filter((key) => key.startsWith('group:')));
      for (const page of registry.list()) if (page.kind === 'wall') groups.add(groupKey(page.group));
      return [...removed, ...[...groups].map((key) => ({ key, state: applyCommand(channels.get(key) ?? fresh(), command, t) }))];
    }
    if ('group' in target) {
      const key = groupKey(target.group);
      const changed = [{ key, state: applyCommand(channels.get(key) ?? fresh(), command, t) }];
      if (command.action !== 'reset') return changed;
      const taken = screenKeys.filter((k) => groupOf(k.slice('screen:'.length)) === target.group);
      return [...changed, ...taken.map((k) => ({ key: k, state: null }))];
    }
    const key = screenKey(target.screen);
    if (command.action === 'rejoin') return [{ key, state: null }];
    const start = channels.get(key) ?? channels.get(groupKey(groupOf(target.screen))) ?? fresh();
    return [{ key, state: applyCommand(start, command, t) }];
  };

  const notify = (affected: (screen: ScreenInfo) => boolean) => {
    for (const screen of registry.list()) {
      const message = messageFor(screen);
      if (message && affected(screen)) send(screen.socketId, message);
    }
  };

  const affects = (command: ControlCommand) => (screen: ScreenInfo) => {
    const { target } = command;
    if ('all' in target) return true;
    if ('screen' in target) return screen.paired && screen.screen === target.screen;
    return screen.group === target.group && (command.action === 'reset' || !ownChannel(screen));
  };

  return {
    messageFor,
    apply(command, by) {
      const t = now();
      const reach = reachOf(command.target, command.action, registry.list(), ownChannel);
      if (reachesNone(reach)) return { ok: false, error: 'no_screens', message: unreachedMessage(command.target, reach) };
      // Who is affected is decided before the change: the walls a group reset brings back were not following the group.
      const affected = affects(command);
      const changes = changesFor(command, t);
      // Written first and only then made current: a command the store refuses (a full disk) changes nothing anywhere.
      store.commit({
        changes,
        audit: {
          at: new Date(t).toISOString(),
          ...by,
          kind: 'command',
          outcome: 'applied',
          what: JSON.stringify({ ...command, screens: reach.screens.length }),
        },
        ...(command.action === 'banner' ? { banner: command.text } : {}),
      });
      for (const { key, state } of changes) {
        if (state) channels.set(key, state);
        else channels.delete(key);
      }
      notify(affected);
      const counts = { screens: reach.screens.length, viewers: reach.viewers };
      const { target } = command;
      if ('all' in target) return { ok: true, channel: 'all', state: null, scene: null, ...counts };
      // What the target follows now: a rejoined screen, its group again.
      const key = 'group' in target ? groupKey(target.group) : screenKey(target.screen);
      const deviceGroup = 'screen' in target ? (store.deviceByName(target.screen)?.group ?? 'main') : '';
      const state = channels.get(key) ?? channels.get(groupKey(deviceGroup)) ?? fresh();
      return { ok: true, channel: channels.has(key) ? key : groupKey(deviceGroup), state, scene: sceneAt(state, t).scene, ...counts };
    },
    record(by, outcome, command) {
      const what = typeof command === 'string' ? command : (JSON.stringify(command) ?? String(command));
      store.audit({
        at: new Date(now()).toISOString(),
        ...by,
        kind: outcome === 'applied' || outcome === 'unreached' ? 'command' : 'refusal',
        outcome,
        what,
      });
    },
    screens() {
      const t = now();
      return registry
        .list()
        .filter((screen) => screen.paired)
        .map(({ socketId, ...info }) => {
          const { state, individual } = channelOf(info as ScreenInfo);
          if (info.kind !== 'wall') return { id: socketId, ...info, scene: null, individual, held: false, spotlight: null, frozen: false };
          return { id: socketId, ...info, ...channelStatus(state, t), individual };
        });
    },
    groups() {
      const t = now();
      const counts = new Map<string, { following: number; individual: number }>();
      for (const page of registry.list()) {
        if (!page.paired || page.kind !== 'wall') continue;
        const count = counts.get(page.group) ?? { following: 0, individual: 0 };
        if (ownChannel(page)) count.individual += 1;
        else count.following += 1;
        counts.set(page.group, count);
      }
      return [...counts]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([group, count]) => ({ group, ...count, ...channelStatus(channels.get(groupKey(group)) ?? fresh(), t) }));
    },
    playlists: () => groupNames().map(playlistOf),
    setPlaylist(group, edit, by) {
      if (!groupNames().includes(group))
        return { ok: false, error: 'unknown_group', message: `没有名为 ${group} 的分组 (no group named ${group})` };
      const current = playlistOf(group);
      if (current.version !== edit.version)
        return {
          ok: false,
          error: 'stale',
          message: '播放列表已被他人修改，请重新载入 (someone saved this playlist meanwhile: reload it)',
          current,
        };
      if (samePlaylist(current.playlist, edit.scenes))
        return { ok: false, error: 'no_change', message: '播放列表没有变化 (the playlist is unchanged: nothing was saved)', current };
      const t = now();
      const key = groupKey(group);
      const state = replacePlaylist(channels.get(key) ?? fresh(), edit.scenes, t);
      // Walls taken out of the group keep the presenter's single-screen control; they play the new list when they rejoin.
      const following = (screen: ScreenInfo) => screen.kind === 'wall' && screen.group === group && !ownChannel(screen);
      const screens = registry.list().filter((screen) => screen.paired && following(screen)).length;
      store.commit({
        changes: [{ key, state }],
        audit: {
          at: new Date(t).toISOString(),
          ...by,
          kind: 'command',
          outcome: 'applied',
          what: JSON.stringify({ action: 'playlist', target: { group }, scenes: edit.scenes, version: edit.version + 1, screens }),
        },
      });
      channels.set(key, state);
      notify(following);
      return { ok: true, ...playlistOf(group) };
    },
    auditLog: (limit) => store.auditLog(limit),
    recentBanners: () => store.recentBanners(RECENT_BANNERS),
    unpaired: () => registry.list().filter((screen) => !screen.paired).length,
  };
}
