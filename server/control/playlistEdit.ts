/**
 * Editing a group's playlist from the desk: reading what was sent, and
 * swapping the playlist under a channel so that the scene on air plays on.
 * Pure: the server's clock and the channel are passed in.
 */
import {
  isSceneId,
  PLAYLIST_ENTRIES,
  sceneAt,
  SCENE_IDS,
  SCENE_SECONDS,
  type ChannelState,
  type PlaylistEntry,
} from '../../common/control';

export { PLAYLIST_ENTRIES, SCENE_SECONDS };

/** A channel whose playlist can be edited: `playlistVersion` counts the saves from the desk (absent or 0: never edited). */
export type EditableChannelState = ChannelState & { playlistVersion?: number };

/** What `PUT /api/playlists/:group` asks for: the version it was edited from, and the new scenes. */
export interface PlaylistEdit {
  version: number;
  scenes: PlaylistEntry[];
}

export type ParsedEdit = { ok: true; edit: PlaylistEdit } | { ok: false; message: string };

const refuse = (zh: string, en: string): ParsedEdit => ({ ok: false, message: `${zh} (${en})` });

/** Why one entry cannot be played, or null when it can. */
function entryProblem(entry: unknown, position: number): string | null {
  const { scene, seconds, ...rest } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
    return `第 ${position} 项不是场景 (entry ${position} is not a scene)`;
  if (!isSceneId(scene))
    return `第 ${position} 项的场景未知 (entry ${position}: unknown scene ${JSON.stringify(scene) ?? 'missing'}; one of ${SCENE_IDS.join(', ')})`;
  if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < SCENE_SECONDS.min || seconds > SCENE_SECONDS.max)
    return `第 ${position} 项的时长须为 ${SCENE_SECONDS.min} 到 ${SCENE_SECONDS.max} 秒的整数 (entry ${position}: seconds must be a whole number from ${SCENE_SECONDS.min} to ${SCENE_SECONDS.max})`;
  const extra = Object.keys(rest);
  if (extra.length > 0) return `第 ${position} 项有多余的字段 (entry ${position}: unexpected ${extra.join(', ')})`;
  return null;
}

/** Reads `{version, scenes}`; refuses with the first problem, in Chinese and English. */
export function parsePlaylistEdit(body: unknown): ParsedEdit {
  const { version, scenes } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return refuse('缺少所编辑的版本号', 'send the version you edited: a whole number from GET /api/playlists');
  if (!Array.isArray(scenes)) return refuse('缺少场景列表', 'send scenes: a list of {scene, seconds}');
  if (scenes.length < PLAYLIST_ENTRIES.min || scenes.length > PLAYLIST_ENTRIES.max)
    return refuse(
      `播放列表须有 ${PLAYLIST_ENTRIES.min} 到 ${PLAYLIST_ENTRIES.max} 项`,
      `a playlist has ${PLAYLIST_ENTRIES.min} to ${PLAYLIST_ENTRIES.max} entries, not ${scenes.length}`,
    );
  for (const [index, entry] of scenes.entries()) {
    const problem = entryProblem(entry, index + 1);
    if (problem) return { ok: false, message: problem };
  }
  const entries = (scenes as PlaylistEntry[]).map(({ scene, seconds }) => ({ scene, seconds }));
  return { ok: true, edit: { version, scenes: entries } };
}

/** Whether two playlists play the same scenes for the same times. */
export function samePlaylist(a: readonly PlaylistEntry[], b: readonly PlaylistEntry[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry.scene === b[i]!.scene && entry.seconds === b[i]!.seconds);
}

/** Milliseconds from the start of the cycle to the end of entry `index`. */
const endOf = (playlist: readonly PlaylistEntry[], index: number) =>
  playlist.slice(0, index + 1).reduce((sum, entry) => sum + entry.seconds * 1000, 0);

/**
 * The channel playing `playlist` from server time `now`, with its version
 * counted up. The scene on air stays on air for the time it had left (at most
 * its new duration), and the new order follows it; a scene the new playlist
 * drops gives way to the new first scene at once. A held scene stays held.
 */
export function replacePlaylist(state: EditableChannelState, playlist: PlaylistEntry[], now: number): EditableChannelState {
  const version = (state.playlistVersion ?? 0) + 1;
  const onAir = sceneAt(state, now);
  // The same place in the list when it still shows that scene, else the scene's first place.
  const index = playlist[onAir.index]?.scene === onAir.scene ? onAir.index : playlist.findIndex((e) => e.scene === onAir.scene);
  if (index < 0) return { ...state, playlist, anchorMs: now, playlistVersion: version };
  const full = playlist[index]!.seconds * 1000;
  const left = onAir.endsAt === null ? full : Math.min(full, onAir.endsAt - now);
  return { ...state, playlist, anchorMs: now + left - endOf(playlist, index), playlistVersion: version };
}
