/**
 * Which store one reader is shown: the hall's mode, unless it asked for one
 * itself. Pure, so that every read (the snapshot, the walls' sockets, the
 * boot data, and the history endpoint to come) decides it the same way.
 */
import { isWallMode, type WallMode } from '../../common/mode';

/** `pinned`: the reader named the mode itself and keeps it through a switch; otherwise it follows the hall. */
export type ModeChoice = { ok: true; mode: WallMode; pinned: boolean } | { ok: false; message: string };

/**
 * The mode a reader asked for (`?mode=` or the handshake's `mode`), or the
 * hall's when it asked for none; anything but `live` or `demo` is refused.
 */
export function chooseMode(asked: unknown, hall: WallMode): ModeChoice {
  if (asked === undefined || asked === '') return { ok: true, mode: hall, pinned: false };
  if (isWallMode(asked)) return { ok: true, mode: asked, pinned: true };
  return { ok: false, message: 'mode must be live or demo' };
}

/** For a reader that must be shown something (a wall's page): the mode it asked for, or the hall's when it asked for none or none rightly. */
export function modeShown(asked: unknown, hall: WallMode): WallMode {
  const choice = chooseMode(asked, hall);
  return choice.ok ? choice.mode : hall;
}
