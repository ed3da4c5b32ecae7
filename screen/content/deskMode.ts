/**
 * The words of the desk's live/demo switch, in Chinese (what it speaks first)
 * and English. What the walls show is said plainly: real figures or demo data.
 */
import type { WallMode } from '../../common/mode';

export const DESK_MODE_ZH = {
  title: '大屏显示',
  showing: '各大屏当前显示：',
  modes: { live: '实时数据（展馆真实数字）', demo: '演示数据（示例数字，大屏标有“演示数据”）' } satisfies Record<WallMode, string>,
  fixed: '本服务器未开启演示数据（MOCK=off），大屏始终显示实时数据。',
  adminOnly: '只有管理员可以切换。',
  switchTo: { live: '切换到实时数据', demo: '切换到演示数据' } satisfies Record<WallMode, string>,
  confirm: {
    live: '所有跟随展馆的大屏和触摸屏将立即改为显示实时数据，去掉“演示数据”标记。演示数据保留，不会删除，也不会计入实时数字。',
    demo: '所有跟随展馆的大屏和触摸屏将立即改为显示演示数据，并标明“演示数据”。实时数据保留不变，录入和导入仍写入实时数据。',
  } satisfies Record<WallMode, string>,
  confirmButton: '确认切换',
  cancel: '取消',
  switching: '正在切换…',
  switched: { live: '已切换：各大屏现在显示实时数据。', demo: '已切换：各大屏现在显示演示数据。' } satisfies Record<WallMode, string>,
  problems: {
    no_change: '大屏已经在显示这种数据，没有切换。',
    not_switchable: '本服务器未开启演示数据（MOCK=off），无法切换。',
    forbidden: '您的账户无权切换，只有管理员可以。',
    unreachable: '无法连接服务器，没有切换。',
    storage: '服务器暂时无法保存，没有切换，请稍后再试。',
    load: '无法读取大屏当前显示的数据，稍后自动重试。',
    other: (message: string) => `切换失败：${message}`,
  },
};

export type DeskModeWords = typeof DESK_MODE_ZH;

export const DESK_MODE_EN: DeskModeWords = {
  title: 'What the walls show',
  showing: 'The walls now show: ',
  modes: { live: 'live data (the hall’s real figures)', demo: 'demo data (sample figures, marked “Demo” on the walls)' },
  fixed: 'This server runs without demo data (MOCK=off): the walls always show live data.',
  adminOnly: 'Only an admin can switch.',
  switchTo: { live: 'Switch to live data', demo: 'Switch to demo data' },
  confirm: {
    live: 'Every wall and kiosk that follows the hall will show live data at once, without the “Demo” mark. The demo data are kept, not deleted, and never counted in the live figures.',
    demo: 'Every wall and kiosk that follows the hall will show demo data at once, marked “Demo”. The live data stay as they are; entries and imports still go to the live data.',
  },
  confirmButton: 'Switch now',
  cancel: 'Cancel',
  switching: 'Switching…',
  switched: { live: 'Switched: the walls now show live data.', demo: 'Switched: the walls now show demo data.' },
  problems: {
    no_change: 'The walls already show that data: nothing was switched.',
    not_switchable: 'This server runs without demo data (MOCK=off): there is nothing to switch to.',
    forbidden: 'Your account may not switch: only an admin can.',
    unreachable: 'The server could not be reached: nothing was switched.',
    storage: 'The server cannot save right now: nothing was switched; try again later.',
    load: 'Could not read what the walls show; trying again shortly.',
    other: (message) => `The switch failed: ${message}`,
  },
};
