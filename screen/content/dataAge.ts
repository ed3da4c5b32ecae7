/** How long ago, in words: the wall's reconnect banner and the console's heartbeats. */
export const DATA_AGE_ZH = {
  justNow: '刚刚',
  seconds: (n: number) => `${n} 秒前`,
  minutes: (n: number) => `${n} 分钟前`,
  hours: (n: number) => `${n} 小时前`,
  days: (n: number) => `${n} 天前`,
};

export type DataAgeWords = typeof DATA_AGE_ZH;

export const DATA_AGE_EN: DataAgeWords = {
  justNow: 'just now',
  seconds: (n) => `${n} s ago`,
  minutes: (n) => `${n} min ago`,
  hours: (n) => `${n} h ago`,
  days: (n) => `${n} d ago`,
};
