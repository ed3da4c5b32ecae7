/**
 * What the console's buttons show about the target: the scene it is on and
 * the next one, the time left, and which toggles are on. Pure, from the
 * server's screen list, so that the buttons never claim what the walls do not show.
 */
import type { ChannelStatus, SceneId } from '../../common/control';
import type { ConsoleTarget } from './commands';
import type { GroupRow, ScreenRow } from './consoleApi';

export interface TargetStatus extends Omit<ChannelStatus, 'scene'> {
  scene: SceneId | null;
  /** How many paired walls a command to this target reaches now. */
  reach: number;
}

/** The status of what the presenter has picked; null when nothing of it is connected (a command would be refused). */
export function targetStatus(target: ConsoleTarget, groups: readonly GroupRow[], screens: readonly ScreenRow[]): TargetStatus | null {
  if ('all' in target) return null;
  if ('group' in target) {
    const group = groups.find((g) => g.group === target.group);
    if (!group) return null;
    const { following, individual: _individual, group: _name, ...status } = group;
    return { ...status, reach: following };
  }
  const row = screens.find((s) => s.kind === 'wall' && s.screen === target.screen);
  if (!row || row.scene === null) return null;
  return {
    scene: row.scene,
    nextScene: row.nextScene ?? null,
    endsAt: row.endsAt ?? null,
    held: row.held,
    spotlight: row.spotlight,
    frozen: row.frozen,
    banner: row.banner ?? null,
    standby: row.standby ?? false,
    reach: 1,
  };
}

/** Whole seconds until `endsAt` on the server's clock, never below 0; null while held. */
export function secondsLeft(endsAt: number | null, serverNow: number): number | null {
  return endsAt === null ? null : Math.max(0, Math.ceil((endsAt - serverNow) / 1000));
}

/** The group buttons: every group with paired walls, how many still follow it, and the picked group even when empty. */
export function groupChoices(
  groups: readonly GroupRow[],
  target: ConsoleTarget,
): Array<{ group: string; following: number; individual: number }> {
  const list = groups.map(({ group, following, individual }) => ({ group, following, individual }));
  if ('group' in target && !list.some((g) => g.group === target.group)) list.push({ group: target.group, following: 0, individual: 0 });
  return list;
}

/** The walls taken out of their group, by name: they get the single-screen badge. */
export function singleScreens(screens: readonly ScreenRow[]): string[] {
  return screens.filter((s) => s.kind === 'wall' && s.individual).map((s) => s.screen);
}
