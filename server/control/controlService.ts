/**
 * The presenter's side of the wall: each group of walls (and any wall taken
 * out of its group) has a channel state; commands change it, and every wall
 * on that channel is told at once.
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
import type { AuditEntry, ControlStore } from './controlStore';

export interface ScreenStatus extends Omit<ScreenInfo, 'socketId'> {
  id: string;
  scene: SceneId | null;
  individual: boolean;
  held: boolean;
  spotlight: string | null;
  frozen: boolean;
}

export interface ControlService {
  /** What a wall should follow now; null for kiosks, which run their own loop. */
  messageFor(screen: ScreenInfo): ControlMessage | null;
  apply(command: ControlCommand, from: string): { channel: string; state: ChannelState; scene: SceneId; screens: number };
  record(from: string, outcome: AuditEntry['outcome'], command: unknown): void;
  /** The paired screens connected now. */
  screens(): ScreenStatus[];
  /** How many connected pages are not paired: they show the public figures and are no one's target. */
  unpaired(): number;
  auditLog(limit: number): AuditEntry[];
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

export function createControlService({ store, playlist, registry, send, now = Date.now }: ControlDeps): ControlService {
  const channels = store.channels();
  // Saved channels keep their position, but always play the playlist as configured now.
  for (const [key, state] of channels) channels.set(key, { ...state, playlist });
  const fresh = (): ChannelState => ({ playlist, anchorMs: 0, heldScene: null, spotlight: null, frozen: false });

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

  /** Tells every affected page; returns how many of them are paired screens, the ones a presenter commands. */
  const notify = (affected: (screen: ScreenInfo) => boolean): number => {
    let count = 0;
    for (const screen of registry.list()) {
      const message = messageFor(screen);
      if (!message || !affected(screen)) continue;
      send(screen.socketId, message);
      if (screen.paired) count += 1;
    }
    return count;
  };

  return {
    messageFor,
    apply(command, from) {
      const t = now();
      const target = command.target;
      // The paired screen's own group, even while it is offline.
      const groupOf = (screen: string) => store.deviceByName(screen)?.group ?? 'main';
      // Worked out first, written second, and only then made current: a command the store
      // refuses (a full disk) changes nothing anywhere, in memory or on any wall.
      let key: string;
      let saved: ChannelState | null;
      let state: ChannelState;
      if ('group' in target) {
        key = groupKey(target.group);
        saved = applyCommand(channels.get(key) ?? fresh(), command, t);
        state = saved;
      } else {
        key = screenKey(target.screen);
        const groupState = channels.get(groupKey(groupOf(target.screen)));
        const rejoining = command.action === 'rejoin';
        saved = rejoining ? null : applyCommand(channels.get(key) ?? groupState ?? fresh(), command, t);
        state = saved ?? groupState ?? fresh();
      }
      store.commit({
        key,
        state: saved,
        audit: { at: new Date(t).toISOString(), from, outcome: 'applied', command: JSON.stringify(command) },
      });
      if (saved) channels.set(key, saved);
      else channels.delete(key);
      const screens = notify((screen) =>
        'group' in target
          ? screen.group === target.group && !(screen.paired && channels.has(screenKey(screen.screen)))
          : screen.paired && screen.screen === target.screen,
      );
      return { channel: key, state, scene: sceneAt(state, t).scene, screens };
    },
    record(from, outcome, command) {
      const text = typeof command === 'string' ? command : (JSON.stringify(command) ?? String(command));
      store.audit({ at: new Date(now()).toISOString(), from, outcome, command: text });
    },
    screens() {
      const t = now();
      return registry
        .list()
        .filter((screen) => screen.paired)
        .map(({ socketId, ...info }) => {
          const { state, individual } = channelOf(info as ScreenInfo);
          const wall = info.kind === 'wall';
          return {
            id: socketId,
            ...info,
            scene: wall ? sceneAt(state, t).scene : null,
            individual,
            held: wall && state.heldScene !== null,
            spotlight: wall ? state.spotlight : null,
            frozen: wall && state.frozen,
          };
        });
    },
    auditLog: (limit) => store.auditLog(limit),
    unpaired: () => registry.list().filter((screen) => !screen.paired).length,
  };
}
