/**
 * What the console's buttons mean: the command each one sends, and the
 * words the presenter sees. Pure, so tested without a browser.
 */
import { isSceneId, SCENE_IDS, type CommandAction, type CommandTarget, type ControlCommand, type SceneId } from '../../common/control';
import { parseCommand } from '../../common/controlCommand';
import { CONSOLE_ZH } from '../content/console';
import type { ConsoleWords } from './consoleWords';
import { storedPlaylist } from '../components/audit/storedCommand';

/** Whom a command is for: a whole group, one screen taken out of it, or every screen (restore and reset). */
export type ConsoleTarget = CommandTarget;

/** The scenes a presenter picks from, in the playlist's usual order, named in `words`. */
export const sceneChoices = (words: ConsoleWords = CONSOLE_ZH) => SCENE_IDS.map((id) => ({ id, name: words.scenes[id] }));

/** What a button asks for, before it becomes a command. */
export type CommandRequest =
  | { action: 'goto'; scene: SceneId }
  | { action: 'spotlight'; metric: string }
  | { action: 'banner'; text: string }
  | { action: Exclude<CommandAction, 'goto' | 'spotlight' | 'banner'> };

/**
 * The command a button sends, checked with the server's own parser so that
 * the console refuses what the server would (no metric picked, rejoin for a
 * group) before a round trip.
 */
export function buildCommand(
  target: ConsoleTarget,
  request: CommandRequest,
  words: ConsoleWords = CONSOLE_ZH,
): { ok: true; command: ControlCommand } | { ok: false; message: string } {
  if (request.action === 'spotlight' && request.metric === '') return { ok: false, message: words.explain.pickFirst };
  if (request.action === 'banner' && request.text.trim() === '') return { ok: false, message: words.welcome.empty };
  if (request.action === 'rejoin' && 'group' in target) return { ok: false, message: words.result.rejoinGroup };
  const parsed = parseCommand({ target, ...request });
  return parsed.ok ? parsed : { ok: false, message: words.result.invalid(parsed.message) };
}

/** The target in words: 分组 main, 屏幕 hall-left, 全部屏幕. */
export function describeTarget(target: ConsoleTarget, words: ConsoleWords = CONSOLE_ZH): string {
  if ('all' in target) return words.whom.all;
  return 'group' in target ? words.whom.group(target.group) : words.whom.screen(target.screen);
}

/** A command in words, for the result toast and the audit log; unknown parts are shown as they are. */
export function describeCommand(
  command: { action: string; scene?: unknown; metric?: unknown; text?: unknown; scenes?: unknown },
  metricName?: (id: string) => string,
  all: ConsoleWords = CONSOLE_ZH,
): string {
  const words = all.command;
  const playlist = storedPlaylist(command);
  if (playlist) return words.playlist(playlist.map((scene) => all.scenes[scene]).join(' → '));
  if (command.action === 'goto' && isSceneId(command.scene)) return words.goto(all.scenes[command.scene]);
  if (command.action === 'spotlight' && typeof command.metric === 'string')
    return words.spotlight(metricName?.(command.metric) ?? command.metric);
  if (command.action === 'banner' && typeof command.text === 'string') return words.banner(command.text);
  return (all.actions as Partial<Record<string, string>>)[command.action] ?? command.action;
}

/** Whether two targets are the same. */
export function sameTarget(a: ConsoleTarget, b: ConsoleTarget): boolean {
  if ('all' in a) return 'all' in b;
  return 'group' in a ? 'group' in b && a.group === b.group : 'screen' in b && 'screen' in a && a.screen === b.screen;
}
