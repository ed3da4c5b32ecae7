/**
 * Which store the walls show: the hall's real figures (`live`) or the demo
 * feed's own figures (`demo`), kept apart so that no demo event is ever
 * counted in the live figures. Shared by the server, the screens and the desk.
 */

/** `live`: what feeds, the desk and imports wrote; `demo`: what the demo feed wrote, and nothing else. */
export type WallMode = 'live' | 'demo';

export const WALL_MODES: readonly WallMode[] = ['live', 'demo'];

/** Whether `value` names a mode; anything else (absent, misspelt, another type) is not one. */
export function isWallMode(value: unknown): value is WallMode {
  return value === 'live' || value === 'demo';
}

/** `GET /api/mode`, and the answer to a switch: the mode the walls show, and whether an admin may switch it. */
export interface ModeResponse {
  mode: WallMode;
  /** False when the server runs without the demo feed (`MOCK=off`): there is only the live store to show. */
  switchable: boolean;
}

/** `PUT /api/mode`: the mode every wall that follows the hall is to show. */
export interface ModeRequest {
  mode: WallMode;
}

/** Why a switch was refused: the walls already show that mode, or the server has no demo feed to switch to. */
export type ModeRefusal = 'no_change' | 'not_switchable';
