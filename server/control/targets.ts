/**
 * Whom a presenter's command reaches, worked out before anything changes, so
 * that a command reaching no screen is refused instead of reported as done.
 * Pure: the connected pages and the single-screen channels are passed in.
 */
import type { CommandAction, CommandTarget } from '../../common/control';
import type { ScreenInfo } from '../realtime/screens';

export interface Reach {
  /** Paired walls the command changes, by name: the screens a presenter commands. */
  screens: string[];
  /** Unpaired wall pages following the target's group: they show the change, but are no one's screens. */
  viewers: number;
  /** For a group: its paired walls taken out of it (single-screen control), which a group command does not move. */
  individual: number;
}

/** Whether a connected page follows a channel of its own (only a paired screen can). */
export type HasOwnChannel = (screen: Pick<ScreenInfo, 'screen' | 'paired'>) => boolean;

/**
 * The walls `target` reaches now. A group command moves the group's walls that
 * still follow it; a group reset also brings back the ones taken out of it.
 */
export function reachOf(target: CommandTarget, action: CommandAction, pages: readonly ScreenInfo[], ownChannel: HasOwnChannel): Reach {
  const reach: Reach = { screens: [], viewers: 0, individual: 0 };
  for (const page of pages) {
    if (page.kind !== 'wall') continue;
    if ('screen' in target) {
      if (page.paired && page.screen === target.screen) reach.screens.push(page.screen);
      continue;
    }
    if ('group' in target && page.group !== target.group) continue;
    if (!page.paired) reach.viewers += 1;
    else if ('group' in target && ownChannel(page) && action !== 'reset') reach.individual += 1;
    else reach.screens.push(page.screen);
  }
  return reach;
}

/** Whether nothing would change on any wall. */
export const reachesNone = (reach: Reach) => reach.screens.length === 0 && reach.viewers === 0;

/** Why a command was refused for reaching no screen, in the presenter's words and in English. */
export function unreachedMessage(target: CommandTarget, reach: Reach): string {
  if ('screen' in target) return `屏幕 ${target.screen} 当前不在线，命令未执行 (screen ${target.screen} is not connected: nothing changed)`;
  if ('all' in target) return '当前没有在线屏幕，命令未执行 (no screen is connected: nothing changed)';
  if (reach.individual > 0)
    return `分组 ${target.group} 的屏幕都在单屏控制中，命令未执行 (every screen of group ${target.group} is under single-screen control: nothing changed)`;
  return `分组 ${target.group} 当前没有在线屏幕，命令未执行 (no screen of group ${target.group} is connected: nothing changed)`;
}
