/** The console's words for setting it up: signing in and pairing a new screen, in Chinese and English. */
import type { Words } from './console';

export const SETUP_ZH = {
  signIn: {
    hint: '请用讲解员或管理员账户登录。账户由展馆管理员在管理页面开设。',
    first: '请先登录',
    forbidden: (name: string, role: string) => `账户 ${name}（${role}）不能控制大屏。请用讲解员或管理员账户登录。`,
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
    },
  },
};

export const SETUP_EN: Words<typeof SETUP_ZH> = {
  signIn: {
    hint: 'Sign in with a presenter or administrator account. The hall administrator opens accounts on the admin page.',
    first: 'Sign in first',
    forbidden: (name, role) => `Account ${name} (${role}) cannot drive the walls. Sign in with a presenter or administrator account.`,
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
    },
  },
};
