/**
 * The hall's mode: which store the walls that follow the hall show. Kept in
 * the control store so that a restart shows what the admin left; without the
 * demo feed (`MOCK=off`) there is only the live store, and nothing to switch.
 */
import { isWallMode, type ModeRefusal, type WallMode } from '../../common/mode';

/** Where the mode is kept: one small setting. */
export interface ModeSettings {
  setting(key: string): string | null;
  saveSetting(key: string, value: string): void;
}

export type SwitchOutcome = { ok: true; from: WallMode; mode: WallMode } | { ok: false; refusal: ModeRefusal };

export interface HallMode {
  /** The mode the walls that follow the hall show now. */
  current(): WallMode;
  readonly switchable: boolean;
  /** Saves the new mode, or says why not; throws (nothing changed) when the disk refuses. */
  switchTo(mode: WallMode): SwitchOutcome;
}

const MODE_KEY = 'hall.mode';

/**
 * The mode at start: live without the demo feed, whatever was saved (a demo
 * nobody feeds would freeze the walls); otherwise the saved one, and demo on a
 * new install, so that it is lively and marked as demo from the first minute.
 */
export function startingMode(saved: string | null, demoFeedRuns: boolean): WallMode {
  if (!demoFeedRuns) return 'live';
  return isWallMode(saved) ? saved : 'demo';
}

/** Whether a switch from `current` to `wanted` may happen, and if not, why. */
export function switchRefusal(current: WallMode, wanted: WallMode, switchable: boolean): ModeRefusal | null {
  if (!switchable) return 'not_switchable';
  return current === wanted ? 'no_change' : null;
}

export function createHallMode(settings: ModeSettings, demoFeedRuns: boolean): HallMode {
  const saved = settings.setting(MODE_KEY);
  let mode = startingMode(saved, demoFeedRuns);
  // Kept from the first start: a hall that has gone live stays live when the demo feed is later turned on.
  if (saved === null) {
    try {
      settings.saveSetting(MODE_KEY, mode);
    } catch {
      // A read-only folder: the mode is decided the same way at the next start.
    }
  }
  return {
    current: () => mode,
    switchable: demoFeedRuns,
    switchTo(wanted) {
      const refusal = switchRefusal(mode, wanted, demoFeedRuns);
      if (refusal) return { ok: false, refusal };
      settings.saveSetting(MODE_KEY, wanted);
      const from = mode;
      mode = wanted;
      return { ok: true, from, mode };
    },
  };
}
