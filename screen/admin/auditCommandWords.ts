/**
 * A presenter's command as the audit trail stores it (the command's JSON,
 * with how many screens it reached) retold in the console's own words, in
 * the admin's language: "切换到「区域党建」 · 分组 main · 2 块屏幕". Pure.
 */
import type { AuditOutcome } from '../../common/auth';
import { isSceneId } from '../../common/control';
import { CONSOLE_EN, CONSOLE_ZH } from '../content/console';
import type { Lang } from '../i18n/lang';
import { readStoredCommand, storedPlaylist, type StoredCommand } from '../components/audit/storedCommand';

/**
 * The command in words, or null when it is not a command this page knows
 * (then the line is shown as written). `metricName` names a spotlit figure.
 */
export function commandWords(what: string, outcome: AuditOutcome, lang: Lang, metricName: (id: string) => string): string | null {
  const words = lang === 'en' ? CONSOLE_EN : CONSOLE_ZH;
  const command = readStoredCommand(what);
  if (!command || (outcome !== 'applied' && outcome !== 'unreached')) return null;
  const target = command.target ?? {};
  if (command.action === 'pair' && typeof target.screen === 'string' && typeof command.group === 'string') {
    return outcome === 'applied' ? words.command.pair(target.screen, command.group) : null;
  }
  const action = describeAction(command, words, metricName);
  const whom =
    target.all === true
      ? words.whom.all
      : typeof target.group === 'string'
        ? words.whom.group(target.group)
        : typeof target.screen === 'string'
          ? words.whom.screen(target.screen)
          : null;
  if (action === null || whom === null) return null;
  if (outcome === 'unreached') return words.audit.unreached(action, whom);
  const reached = typeof command.screens === 'number' ? [words.result.screens(command.screens)] : [];
  return [action, whom, ...reached].join(' · ');
}

function describeAction(command: StoredCommand, words: typeof CONSOLE_EN, metricName: (id: string) => string): string | null {
  if (command.action === 'goto') return isSceneId(command.scene) ? words.command.goto(words.scenes[command.scene]) : null;
  if (command.action === 'spotlight')
    return typeof command.metric === 'string' ? words.command.spotlight(metricName(command.metric)) : null;
  if (command.action === 'banner') return typeof command.text === 'string' ? words.command.banner(command.text) : null;
  if (command.action === 'playlist') {
    const scenes = storedPlaylist(command);
    return scenes ? words.command.playlist(scenes.map((scene) => words.scenes[scene]).join(' → ')) : null;
  }
  return (words.actions as Partial<Record<string, string>>)[command.action] ?? null;
}
