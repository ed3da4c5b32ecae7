/**
 * The words of the desk's playlist editor, in Chinese (what it speaks first)
 * and English. Scene names are the console's.
 */
import { SCENE_SECONDS, MAX_ENTRIES } from '../desk/playlist/playlistDraft';

export const DESK_PLAYLIST_ZH = {
  tab: '播放列表',
  title: '大屏播放列表',
  intro: '为每个屏幕分组编排场景的顺序和时长。保存后，该分组正在跟随播放的大屏立即按新列表播放；单屏控制中的屏幕回到分组后生效。',
  group: '屏幕分组',
  version: (version: number) => (version === 0 ? '尚未在工作台修改过' : `第 ${version} 次修改`),
  columns: { order: '顺序', scene: '场景', seconds: '时长（秒）', starts: '开始', ends: '结束', actions: '操作' },
  moveUp: (scene: string, position: number) => `上移第 ${position} 项（${scene}）`,
  moveDown: (scene: string, position: number) => `下移第 ${position} 项（${scene}）`,
  remove: (scene: string, position: number) => `删除第 ${position} 项（${scene}）`,
  up: '上移',
  down: '下移',
  delete: '删除',
  add: '添加场景',
  cycle: (clock: string) => `一轮共 ${clock}`,
  cycleUnknown: '时长填好后显示一轮的总时长',
  secondsRange: `须为 ${SCENE_SECONDS.min} 到 ${SCENE_SECONDS.max} 的整数`,
  full: `最多 ${MAX_ENTRIES} 项`,
  save: '保存并推送到大屏',
  saving: '正在保存…',
  reload: '放弃修改，载入最新',
  loading: '正在载入播放列表…',
  saved: (group: string, version: number) => `已保存分组 ${group} 的播放列表（第 ${version} 次修改），已推送到大屏`,
  problems: {
    stale: '保存前已有他人修改了这个播放列表，您的修改未保存，仍保留在下方。请点“放弃修改，载入最新”查看对方的版本。',
    no_change: '播放列表没有变化，未保存。',
    unknown_group: '这个分组已不存在，请重新载入。',
    invalid: (message: string) => `服务器拒绝了这个播放列表：${message}`,
    rows: '有的时长还不能播放，请先改正标红的行。',
    forbidden: '您的账户无权修改播放列表。',
    unreachable: '无法连接服务器，修改未保存，仍保留在下方。',
    storage: '服务器暂时无法保存，修改仍保留在下方，请稍后再试。',
    other: (message: string) => `保存失败：${message}`,
  },
};

export type DeskPlaylistWords = typeof DESK_PLAYLIST_ZH;

export const DESK_PLAYLIST_EN: DeskPlaylistWords = {
  tab: 'Playlist',
  title: 'Wall playlists',
  intro:
    'Set the order and duration of the scenes for each group of screens. On save, the walls following the group play the new list at once; a screen under single-screen control takes it when it rejoins.',
  group: 'Screen group',
  version: (version) => (version === 0 ? 'not yet edited at the desk' : `edit ${version}`),
  columns: { order: 'Order', scene: 'Scene', seconds: 'Seconds', starts: 'Starts', ends: 'Ends', actions: 'Actions' },
  moveUp: (scene, position) => `Move entry ${position} (${scene}) up`,
  moveDown: (scene, position) => `Move entry ${position} (${scene}) down`,
  remove: (scene, position) => `Remove entry ${position} (${scene})`,
  up: 'Up',
  down: 'Down',
  delete: 'Remove',
  add: 'Add a scene',
  cycle: (clock) => `One cycle: ${clock}`,
  cycleUnknown: 'The cycle length shows once every duration is filled in',
  secondsRange: `a whole number from ${SCENE_SECONDS.min} to ${SCENE_SECONDS.max}`,
  full: `at most ${MAX_ENTRIES} entries`,
  save: 'Save and send to the walls',
  saving: 'Saving…',
  reload: 'Discard my changes and load the latest',
  loading: 'Loading the playlists…',
  saved: (group, version) => `Saved the playlist of group ${group} (edit ${version}) and sent it to the walls`,
  problems: {
    stale:
      'Someone saved this playlist before you did: your changes were not saved and are kept below. Choose “Discard my changes and load the latest” to see theirs.',
    no_change: 'The playlist is unchanged: nothing was saved.',
    unknown_group: 'This group no longer exists: reload.',
    invalid: (message) => `The server refused this playlist: ${message}`,
    rows: 'Some durations cannot be played yet: correct the rows marked in red first.',
    forbidden: 'Your account may not edit playlists.',
    unreachable: 'The server could not be reached: nothing was saved, your changes are kept below.',
    storage: 'The server cannot save right now: your changes are kept below, try again later.',
    other: (message) => `Saving failed: ${message}`,
  },
};
