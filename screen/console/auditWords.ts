/**
 * The audit log in the presenter's words: "14:02 张丽 切换到「区域党建」· 分组 main · 2 块屏幕",
 * "14:03 身份不明 未执行：身份未通过验证". The server stores what it was sent (a command as JSON, or for a
 * refused request its method and path); none of that is shown as it is. Pure.
 */
import { CONSOLE_ZH } from '../content/console';
import type { ConsoleWords } from './consoleWords';
import { describeCommand, describeTarget } from './commands';
import type { AuditRow } from './consoleApi';
import { readStoredCommand, type StoredCommand } from '../components/audit/storedCommand';

export interface AuditLine {
  id: number;
  time: string;
  /** Who sent it: the account's name, the control token, or nobody identified. */
  actor: string;
  text: string;
  /** Whether the command was not carried out (shown in red). */
  failed: boolean;
}

const clock = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });

function whomOf(command: StoredCommand, words: ConsoleWords): string | null {
  const target = command.target;
  if (target?.all === true) return describeTarget({ all: true }, words);
  if (typeof target?.group === 'string') return describeTarget({ group: target.group }, words);
  if (typeof target?.screen === 'string') return describeTarget({ screen: target.screen }, words);
  return null;
}

/** One audit row as the presenter reads it; `format` is the tablet's clock unless a test gives one with a fixed time zone. */
export function auditLine(
  row: AuditRow,
  metricName: (id: string) => string,
  format: Intl.DateTimeFormat = clock,
  words: ConsoleWords = CONSOLE_ZH,
): AuditLine {
  const time = format.format(new Date(row.at));
  const command = readStoredCommand(row.command);
  const actor = !row.actor ? words.audit.nobody : row.actor === 'control token' ? words.audit.controlToken : row.actor;
  const base = { id: row.id, time, actor };
  if (row.outcome === 'applied' && command) {
    if (command.action === 'pair' && typeof command.target?.screen === 'string')
      return { ...base, failed: false, text: words.command.pair(command.target.screen, String(command.group ?? '')) };
    const parts = [describeCommand(command as { action: string }, metricName, words), whomOf(command, words)];
    if (typeof command.screens === 'number') parts.push(words.result.screens(command.screens));
    return { ...base, failed: false, text: parts.filter((p) => p !== null).join(' · ') };
  }
  if (row.outcome === 'applied') return { ...base, failed: false, text: words.command.unknown };
  if (row.outcome === 'unreached' && command) {
    const whom = whomOf(command, words) ?? '';
    return {
      ...base,
      failed: true,
      text: words.result.notDone(words.audit.unreached(describeCommand(command as { action: string }, metricName, words), whom)),
    };
  }
  // A refused request: only why, and how many more like it were folded into this line.
  const similar = /\(\+(\d+) similar/.exec(row.command);
  const why = words.audit.outcomes[row.outcome];
  return { ...base, failed: true, text: words.result.notDone(why) + (similar ? words.audit.similar(Number(similar[1])) : '') };
}
