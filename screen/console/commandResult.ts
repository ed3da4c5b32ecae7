/** What the presenter is told after a command: done and where, or why not, in plain words. Pure. */
import { CONSOLE_ZH } from '../content/console';
import type { ConsoleWords } from './consoleWords';
import { describeTarget, type ConsoleTarget } from './commands';
import { ApiError } from '../components/auth/apiRequest';
import type { CommandResult } from './consoleApi';

/** What the presenter is told after a command or a pairing. */
export interface Notice {
  kind: 'ok' | 'error';
  text: string;
}

/** The notice for a command the server carried out. */
export function doneNotice(what: string, result: Pick<CommandResult, 'screens' | 'viewers'>, words: ConsoleWords = CONSOLE_ZH): Notice {
  return { kind: 'ok', text: words.result.done(what, result.screens, result.viewers ?? 0) };
}

/** The notice for a command that was not carried out, from what the server (or the lack of one) said. */
export function failedNotice(
  what: string,
  target: ConsoleTarget,
  error: unknown,
  individualInGroup = 0,
  all: ConsoleWords = CONSOLE_ZH,
): Notice {
  const words = all.result;
  const fail = (why: string): Notice => ({ kind: 'error', text: words.failed(what, why) });
  if (!(error instanceof ApiError)) return fail(words.notDone(error instanceof Error ? error.message : String(error)));
  if (error.status === 0) return fail(words.offline);
  if (error.status === 401 || error.status === 403) return fail(words.notDone(refusedWords(error, all)));
  if (error.code === 'no_screens') {
    if ('group' in target && individualInGroup > 0) return fail(words.allSingle(target.group));
    return fail(words.noScreens(describeTarget(target, all)));
  }
  if (error.status === 503) return fail(words.storage);
  return fail(words.notDone(error.message));
}

/** Why the server refused the console: the session is over (401), or this account may not drive the walls (403). */
export function refusedWords(error: ApiError, words: ConsoleWords = CONSOLE_ZH): string {
  return error.status === 403 ? words.result.refused.forbidden : words.result.refused.signedOut;
}

/** How long a notice stays: a success only long enough to be seen, a failure long enough to be read and acted on. */
export function noticeMs(kind: Notice['kind']): number {
  return kind === 'ok' ? 4000 : 12_000;
}
