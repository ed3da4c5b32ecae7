/** The console's words for setting it up: the control token and pairing a new screen, in Chinese and English. */
import type { Words } from './console';

export const SETUP_ZH = {
  token: {
    heading: '请输入控制口令',
    hint: '口令由展馆管理员提供（服务器的 CONTROL_TOKEN），本设备会记住它。',
    label: '控制口令',
    submit: '确定',
    refused: '控制口令不正确或已更换，请重新输入。',
    first: '请先输入控制口令',
  },
  pair: {
    heading: '配对新屏幕',
    waiting: (n: number) => `有 ${n} 个页面在等待配对：输入屏幕角落显示的六位配对码。`,
    none: '新开的大屏或触摸屏会在角落显示六位配对码。',
    code: '配对码',
    name: '屏幕名称',
    namePlaceholder: '大厅左屏',
    group: '分组',
    submit: '配对',
    done: (screen: string, group: string) => `已配对：${screen}（分组 ${group}）`,
    failed: (why: string) => `未能配对：${why}`,
    problems: {
      invalid: '配对码是六位数字，名称和分组各 1 到 32 个字',
      unknownCode: '没有屏幕正显示这个配对码，请核对屏幕角落的数字',
      nameTaken: '已有屏幕使用这个名称，请换一个',
      storage: '服务器暂时无法保存，请稍后再试',
      token: '控制口令不正确',
    },
  },
};

export const SETUP_EN: Words<typeof SETUP_ZH> = {
  token: {
    heading: 'Enter the control token',
    hint: 'The hall administrator has it (the server’s CONTROL_TOKEN); this device remembers it.',
    label: 'Control token',
    submit: 'OK',
    refused: 'The control token is wrong or was changed: enter it again.',
    first: 'Enter the control token first',
  },
  pair: {
    heading: 'Pair a new screen',
    waiting: (n) => `${n} page(s) waiting to be paired: enter the six digits shown in the screen’s corner.`,
    none: 'A newly opened wall or kiosk shows a six-digit code in its corner.',
    code: 'Code',
    name: 'Screen name',
    namePlaceholder: 'Hall left',
    group: 'Group',
    submit: 'Pair',
    done: (screen, group) => `Paired: ${screen} (group ${group})`,
    failed: (why) => `Not paired: ${why}`,
    problems: {
      invalid: 'The code is six digits; name and group 1 to 32 characters each',
      unknownCode: 'No screen shows that code now: check the digits in its corner',
      nameTaken: 'A screen already has that name: pick another',
      storage: 'The server cannot save right now: try again shortly',
      token: 'wrong control token',
    },
  },
};

export const SETUP_TEXT = SETUP_ZH;
