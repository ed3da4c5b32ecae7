/**
 * Checking what the console sends before it reaches a channel: the names of
 * screens and groups, the welcome line, and the command as a whole. Pure, and
 * used by the console too, so that it refuses what the server would.
 */
import { isMetricId } from './metrics';
import {
  COMMAND_ACTIONS,
  isSceneId,
  MAX_BANNER_CHARS,
  SCENE_IDS,
  type CommandTarget,
  type ControlCommand,
  type SimpleAction,
} from './control';

/** Whether a welcome line may be shown: 1 to MAX_BANNER_CHARS visible characters on one line. */
export function isBannerText(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value === value.trim() &&
    value.length > 0 &&
    [...value].length <= MAX_BANNER_CHARS &&
    !/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(value)
  );
}

export type CommandParse = { ok: true; command: ControlCommand } | { ok: false; message: string };

/**
 * A screen's or group's name: 1 to 32 visible characters (Chinese welcome), no control or
 * invisible ones, and none of the markup characters, which no screen name needs.
 */
const NAME = /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}<>"'&\\`]{1,32}$/u;

/** Whether `value` may name a screen or a group, as pairing gives it and commands address it. */
export function isScreenName(value: unknown): value is string {
  return typeof value === 'string' && value === value.trim() && NAME.test(value);
}

function parseTarget(target: unknown): CommandTarget | null {
  if (typeof target !== 'object' || target === null) return null;
  const { group, screen, all } = target as Record<string, unknown>;
  const keys = Object.keys(target).length;
  if (keys !== 1) return null;
  if (isScreenName(group)) return { group };
  if (isScreenName(screen)) return { screen };
  return all === true ? { all: true } : null;
}

/** Validates a command from the console. */
export function parseCommand(raw: unknown): CommandParse {
  if (typeof raw !== 'object' || raw === null) return { ok: false, message: 'a command must be a JSON object' };
  const { target: rawTarget, action, scene, metric, text } = raw as Record<string, unknown>;
  const target = parseTarget(rawTarget);
  if (!target)
    return {
      ok: false,
      message: 'target must be {group}, {screen} or {all: true}, a name of 1 to 32 visible characters, none of < > " \' & ` \\',
    };
  if (!(COMMAND_ACTIONS as readonly string[]).includes(action as string)) {
    return { ok: false, message: `action must be one of: ${COMMAND_ACTIONS.join(', ')}` };
  }
  if ('all' in target && action !== 'rejoin' && action !== 'reset')
    return { ok: false, message: 'only rejoin and reset apply to all screens' };
  if (action === 'goto') {
    if (!isSceneId(scene)) return { ok: false, message: `scene must be one of: ${SCENE_IDS.join(', ')}` };
    return { ok: true, command: { target, action, scene } };
  }
  if (action === 'spotlight') {
    if (!isMetricId(metric)) return { ok: false, message: 'metric must be a metric id from GET /api/metrics' };
    return { ok: true, command: { target, action, metric } };
  }
  if (action === 'banner') {
    const trimmed = typeof text === 'string' ? text.trim() : text;
    if (!isBannerText(trimmed)) return { ok: false, message: `text must be 1 to ${MAX_BANNER_CHARS} characters on one line` };
    return { ok: true, command: { target, action, text: trimmed } };
  }
  if (action === 'rejoin' && 'group' in target) return { ok: false, message: 'rejoin applies to one screen or to all' };
  if (action === 'reset' && 'screen' in target) return { ok: false, message: 'reset applies to a group or to all' };
  return { ok: true, command: { target, action: action as SimpleAction } };
}
