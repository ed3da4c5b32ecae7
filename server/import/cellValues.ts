/**
 * Reading one cell as text, a number or a time, the way an office sheet
 * writes them: Excel dates or text dates, 1,200 or full-width digits.
 */
import type { Cell } from './sheetRows';

/**
 * A time written without an offset is the hall's wall clock: China time, UTC+8 all year (no daylight saving).
 * Excel stores a date cell as that wall clock with no zone at all.
 */
export const HALL_UTC_OFFSET_MINUTES = 8 * 60;

// Excel counts days from 1899-12-30 (its 1900 leap-year bug included): serial 25569 is 1970-01-01.
const EXCEL_EPOCH_SERIAL = 25569;
const DAY_MS = 86_400_000;
// Serials from 2000-01-01 (36526) to 2100: a smaller number in the time column is a count, not a date.
const PLAUSIBLE_SERIALS = { min: 36526, max: 73051 };

/** Pure: the cell as trimmed text; '' for an empty cell. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date) return cell.toISOString();
  return '';
}

export type Read<T> = { ok: true; value: T } | { ok: false };

/** Pure: the cell as a number; text may use thousands commas and full-width digits. */
export function cellNumber(cell: Cell | undefined): Read<number> {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { ok: true, value: cell } : { ok: false };
  const text = cellText(cell)
    .normalize('NFKC')
    .replace(/,(?=\d{3})/gu, '');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/u.test(text)) return { ok: false };
  return { ok: true, value: Number(text) };
}

/** An instant from wall-clock parts in the hall's zone, or null when the parts are not a real date (2月30日). */
function hallTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number | null {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(wall);
  const real =
    back.getUTCFullYear() === year &&
    back.getUTCMonth() === month - 1 &&
    back.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  return real ? wall - HALL_UTC_OFFSET_MINUTES * 60_000 : null;
}

// 2026-12-01, 2026/12/1 9:30, 2026.12.01 09:30:15, 2026年12月1日 9时30分, with a T as well as a space.
const WALL_CLOCK =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]*(\d{1,2})\s*[:时]\s*(\d{1,2})\s*(?:[:分]\s*(\d{1,2})\s*秒?)?分?)?$/u;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/u;

/** Pure: the cell as an instant (epoch ms). Excel date cells and wall-clock text are China time; ISO with an offset is taken as written. */
export function cellTime(cell: Cell | undefined): Read<number> {
  if (cell instanceof Date) {
    const ms = cell.getTime();
    return Number.isNaN(ms) ? { ok: false } : { ok: true, value: ms - HALL_UTC_OFFSET_MINUTES * 60_000 };
  }
  if (typeof cell === 'number') {
    if (cell < PLAUSIBLE_SERIALS.min || cell > PLAUSIBLE_SERIALS.max) return { ok: false };
    const wall = Math.round(((cell - EXCEL_EPOCH_SERIAL) * DAY_MS) / 1000) * 1000;
    return { ok: true, value: wall - HALL_UTC_OFFSET_MINUTES * 60_000 };
  }
  const text = cellText(cell).normalize('NFKC');
  if (WITH_OFFSET.test(text)) {
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? { ok: false } : { ok: true, value: ms };
  }
  const parts = WALL_CLOCK.exec(text);
  if (!parts) return { ok: false };
  const [year, month, day, hour, minute, second] = parts.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const ms = hallTime(year!, month!, day!, hour, minute, second);
  return ms === null ? { ok: false } : { ok: true, value: ms };
}
