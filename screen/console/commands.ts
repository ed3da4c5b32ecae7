/**
 * What the console's buttons mean: the command each one sends, and the
 * words the presenter sees. Pure, so tested without a browser.
 */
import { isSceneId, parseCommand, SCENE_IDS, type CommandAction, type ControlCommand, type SceneId } from '../../common/control';
import type { ScreenRow } from './consoleApi';

/** Whom a command is for: a whole group, or one screen taken out of it. */
export type ConsoleTarget = { group: string } | { screen: string };

export const SCENE_NAMES: Readonly<Record<SceneId, string>> = {
  overview: '总览',
  regional: '区域党建',
  smart: '智慧党建',
  brand: '品牌党建',
};

export const SCENE_CHOICES = SCENE_IDS.map((id) => ({ id, name: SCENE_NAMES[id] }));

export const ACTION_NAMES: Readonly<Record<CommandAction, string>> = {
  goto: '切换场景',
  next: '下一屏',
  prev: '上一屏',
  hold: '保持',
  resume: '继续轮播',
  spotlight: '聚焦指标',
  freeze: '定格',
  release: '解除',
  rejoin: '回到分组',
};

/** What a button asks for, before it becomes a command. */
export type CommandRequest =
  { action: 'goto'; scene: SceneId } | { action: 'spotlight'; metric: string } | { action: Exclude<CommandAction, 'goto' | 'spotlight'> };

/**
 * The command a button sends, checked with the server's own parser so that
 * the console refuses what the server would (no metric picked, rejoin for a
 * group) before a round trip.
 */
export function buildCommand(
  target: ConsoleTarget,
  request: CommandRequest,
): { ok: true; command: ControlCommand } | { ok: false; message: string } {
  if (request.action === 'spotlight' && request.metric === '') return { ok: false, message: '请先选择要聚焦的指标' };
  if (request.action === 'rejoin' && 'group' in target) return { ok: false, message: '“回到分组”只对单块屏幕有效' };
  return parseCommand({ target, ...request });
}

/** The target in words: 分组 main, or 屏幕 hall-left. */
export function describeTarget(target: ConsoleTarget): string {
  return 'group' in target ? `分组 ${target.group}` : `屏幕 ${target.screen}`;
}

/** Audited actions that are not wall commands. */
const AUDITED_ACTION_NAMES: Record<string, string> = { pair: '配对新屏幕' };

/** A command in words, for the confirmation line and the audit log; unknown parts are shown as they are. */
export function describeCommand(
  command: { action: string; scene?: unknown; metric?: unknown },
  metricName?: (id: string) => string,
): string {
  const action = ({ ...ACTION_NAMES, ...AUDITED_ACTION_NAMES } as Partial<Record<string, string>>)[command.action] ?? command.action;
  if (command.action === 'goto' && isSceneId(command.scene)) return `${action}：${SCENE_NAMES[command.scene]}`;
  if (command.action === 'spotlight' && typeof command.metric === 'string') {
    return `${action}：${metricName?.(command.metric) ?? command.metric}`;
  }
  return action;
}

/** The groups of walls connected now, sorted, with how many walls each has. */
export function wallGroups(screens: readonly ScreenRow[]): Array<{ group: string; walls: number }> {
  const counts = new Map<string, number>();
  for (const row of screens) if (row.kind === 'wall') counts.set(row.group, (counts.get(row.group) ?? 0) + 1);
  return [...counts].map(([group, walls]) => ({ group, walls })).sort((a, b) => a.group.localeCompare(b.group));
}

/** Whether two targets are the same. */
export function sameTarget(a: ConsoleTarget, b: ConsoleTarget): boolean {
  return 'group' in a ? 'group' in b && a.group === b.group : 'screen' in b && a.screen === b.screen;
}
