/**
 * The playlist as the operator edits it: entries with the seconds as typed,
 * moved, added and removed without touching the original, checked against
 * the server's rules, and the timing each scene will have in the cycle.
 * Pure, so that the section only shows what these decide.
 */
import { PLAYLIST_ENTRIES, SCENE_IDS, SCENE_SECONDS, type PlaylistEntry, type SceneId } from '../../../common/control';

/** The server's limits, checked here first so that a refusal is rare. */
export { SCENE_SECONDS };
export const MAX_ENTRIES = PLAYLIST_ENTRIES.max;

/** One row being edited: `seconds` as typed, so that a half-typed number is kept. */
export interface DraftEntry {
  scene: SceneId;
  seconds: string;
}

export const draftOf = (playlist: readonly PlaylistEntry[]): DraftEntry[] =>
  playlist.map((entry) => ({ scene: entry.scene, seconds: String(entry.seconds) }));

/** The draft with entry `index` moved by `step` (-1 up, +1 down); the same draft when it cannot move. */
export function moved(draft: readonly DraftEntry[], index: number, step: -1 | 1): DraftEntry[] {
  const to = index + step;
  if (index < 0 || index >= draft.length || to < 0 || to >= draft.length) return [...draft];
  const next = [...draft];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** The draft with a new entry at the end: the first scene not yet listed (else the first), for the last entry's time. */
export function added(draft: readonly DraftEntry[]): DraftEntry[] {
  if (draft.length >= MAX_ENTRIES) return [...draft];
  const scene = SCENE_IDS.find((id) => !draft.some((entry) => entry.scene === id)) ?? SCENE_IDS[0];
  return [...draft, { scene, seconds: draft.at(-1)?.seconds ?? '20' }];
}

export const removed = (draft: readonly DraftEntry[], index: number): DraftEntry[] =>
  draft.length <= 1 ? [...draft] : draft.filter((_, i) => i !== index);

export const changed = (draft: readonly DraftEntry[], index: number, change: Partial<DraftEntry>): DraftEntry[] =>
  draft.map((entry, i) => (i === index ? { ...entry, ...change } : entry));

/** The seconds typed, when they are a whole number the server takes; else null. */
export function secondsOf(typed: string): number | null {
  if (!/^\s*\d+\s*$/.test(typed)) return null;
  const seconds = Number(typed);
  return seconds >= SCENE_SECONDS.min && seconds <= SCENE_SECONDS.max ? seconds : null;
}

/** The indexes of the rows whose seconds the server would refuse. */
export const badRows = (draft: readonly DraftEntry[]): number[] =>
  draft.flatMap((entry, index) => (secondsOf(entry.seconds) === null ? [index] : []));

/** The playlist to send, or null while a row is not playable. */
export function entriesOf(draft: readonly DraftEntry[]): PlaylistEntry[] | null {
  if (draft.length === 0 || draft.length > MAX_ENTRIES || badRows(draft).length > 0) return null;
  return draft.map((entry) => ({ scene: entry.scene, seconds: secondsOf(entry.seconds)! }));
}

/** Whether the draft plays what the saved playlist plays. */
export function unchanged(draft: readonly DraftEntry[], saved: readonly PlaylistEntry[]): boolean {
  return (
    draft.length === saved.length &&
    draft.every((entry, i) => entry.scene === saved[i]!.scene && secondsOf(entry.seconds) === saved[i]!.seconds)
  );
}

/** When one entry plays within the cycle, in seconds from its start; null for a row not yet playable. */
export interface EntryTiming {
  scene: SceneId;
  start: number | null;
  end: number | null;
}

/** Each entry's start and end within the cycle, and the cycle's length (null until every row is playable). */
export function timingOf(draft: readonly DraftEntry[]): { entries: EntryTiming[]; cycle: number | null } {
  let at: number | null = 0;
  const entries = draft.map((entry) => {
    const seconds = secondsOf(entry.seconds);
    const start = at;
    at = at === null || seconds === null ? null : at + seconds;
    return { scene: entry.scene, start, end: at };
  });
  return { entries, cycle: at };
}

/** `m:ss` (or `h:mm:ss`) for a time within the cycle. */
export function clock(seconds: number): string {
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
