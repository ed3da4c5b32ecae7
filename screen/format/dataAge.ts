import { DATA_AGE_ZH, type DataAgeWords } from '../content/dataAge';

/**
 * How long ago something happened, in the words of the wall and console
 * ("2 分钟前"). Rounded down so that nothing claims to be fresher than it is;
 * anything under `justNowS` seconds reads "刚刚".
 */
export function formatDataAge(ageMs: number, justNowS = 10, words: DataAgeWords = DATA_AGE_ZH): string {
  const seconds = Math.max(0, Math.floor(ageMs / 1000));
  if (seconds < justNowS) return words.justNow;
  if (seconds < 60) return words.seconds(seconds);
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return words.minutes(minutes);
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return words.hours(hours);
  return words.days(Math.floor(hours / 24));
}
