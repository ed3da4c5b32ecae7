/**
 * How long ago something happened, in the words of the wall and console
 * ("2 分钟前"). Rounded down so that nothing claims to be fresher than it is;
 * anything under `justNowS` seconds reads "刚刚".
 */
export function formatDataAge(ageMs: number, justNowS = 10): string {
  const seconds = Math.max(0, Math.floor(ageMs / 1000));
  if (seconds < justNowS) return '刚刚';
  if (seconds < 60) return `${seconds} 秒前`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} 分钟前`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} 小时前`;
  return `${Math.floor(hours / 24)} 天前`;
}
