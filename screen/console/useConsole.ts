import { onScopeDispose, ref, shallowRef, watch, type Ref } from 'vue';
import type { ControlCommand } from '../../common/control';
import { ApiError } from '../components/auth/apiRequest';
import { doneNotice, failedNotice, refusedWords, type Notice } from './commandResult';
import { consoleApi, type AuditRow, type GroupRow, type PairRequest, type ScreenRow } from './consoleApi';
import type { ConsoleWords, SetupWords } from './consoleWords';
import { CONSOLE_ZH } from '../content/console';
import { SETUP_ZH } from '../content/consoleSetup';

export type { Notice } from './commandResult';

/** How often the screen list and audit log are refreshed. */
export const POLL_MS = 2000;

/** Why a pairing failed, by the server's status, in the presenter's words. */
const pairProblem = (status: number, words: SetupWords['pair']): string | undefined =>
  ({ 400: words.problems.invalid, 404: words.problems.unknownCode, 409: words.problems.nameTaken, 503: words.problems.storage })[status];

/** `unknown` until the first answer; `lost` while the server cannot be reached (the screens' state is then unknown too). */
export type Connection = 'unknown' | 'ok' | 'lost';

export interface ConsoleOptions {
  /** Whether a presenter (or admin) is signed in: the console polls only then. */
  active: Readonly<Ref<boolean>>;
  /** A call was refused (401: the session is over; 403: this account may not drive the walls). */
  onRefused: (error: ApiError) => void;
  /** The words in the presenter's language, read when a notice is made. */
  words?: Readonly<Ref<ConsoleWords>>;
  setup?: Readonly<Ref<SetupWords>>;
}

/**
 * The console's connection to the server: the screen list and audit log
 * polled every two seconds while a presenter is signed in, and commands sent
 * on request. A refusal stops the polling and is handed to `onRefused`.
 */
export function useConsole({ active, onRefused, words = ref(CONSOLE_ZH), setup = ref(SETUP_ZH) }: ConsoleOptions) {
  const screens = shallowRef<ScreenRow[]>([]);
  const groups = shallowRef<GroupRow[]>([]);
  const recentBanners = shallowRef<string[]>([]);
  const unpaired = ref(0);
  /** The server's clock at the last answer, and this tablet's clock when it came. */
  const serverNow = ref(Date.now());
  const receivedAt = ref(Date.now());
  const audit = shallowRef<AuditRow[]>([]);
  const connection = ref<Connection>('unknown');
  const pollError = ref<string | null>(null);
  const sending = ref(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const refused = (error: unknown) => {
    if (!(error instanceof ApiError) || (error.status !== 401 && error.status !== 403)) return false;
    clearTimeout(timer);
    onRefused(error);
    return true;
  };

  // Polls overlap when a command asks for a fresh one while the timer's is in flight; only the newest may
  // write, or an older answer arriving late would hide the command just sent.
  let latestPoll = 0;

  async function poll(): Promise<void> {
    clearTimeout(timer);
    if (!active.value || stopped) return;
    const thisPoll = ++latestPoll;
    try {
      // One after the other: an ended session is refused once (one audit line), not once per endpoint.
      const list = await consoleApi.screens();
      const log = await consoleApi.audit();
      if (thisPoll !== latestPoll) return;
      screens.value = list.screens;
      groups.value = list.groups ?? [];
      recentBanners.value = list.recentBanners ?? [];
      unpaired.value = list.unpaired;
      serverNow.value = list.serverNow;
      receivedAt.value = Date.now();
      audit.value = log;
      connection.value = 'ok';
      pollError.value = null;
    } catch (error) {
      if (refused(error) || thisPoll !== latestPoll) return;
      // No answer, or a proxy's answer for a server that is gone: the server is away, not the tablet's network at fault.
      const away = error instanceof ApiError && (error.status === 0 || error.status === 502 || error.status === 504);
      if (away) connection.value = 'lost';
      else pollError.value = words.value.connection.pollFailed(error instanceof Error ? error.message : String(error));
    }
    if (!stopped && active.value && thisPoll === latestPoll) timer = setTimeout(() => void poll(), POLL_MS);
  }

  /** Sends a command described as `what`; resolves to what to tell the presenter. */
  async function send(command: ControlCommand, what: string): Promise<Notice> {
    if (!active.value) return { kind: 'error', text: setup.value.signIn.first };
    sending.value = true;
    try {
      const result = await consoleApi.send(command);
      void poll();
      return doneNotice(what, result, words.value);
    } catch (error) {
      refused(error);
      if (error instanceof ApiError && error.status === 0) connection.value = 'lost';
      const { target } = command;
      const individual = 'group' in target ? (groups.value.find((g) => g.group === target.group)?.individual ?? 0) : 0;
      void poll();
      return failedNotice(what, target, error, individual, words.value);
    } finally {
      sending.value = false;
    }
  }

  /** Pairs the page showing `request.code`; resolves to what to tell the presenter. */
  async function pair(request: PairRequest): Promise<Notice> {
    if (!active.value) return { kind: 'error', text: setup.value.signIn.first };
    const PAIR = setup.value.pair;
    sending.value = true;
    try {
      const result = await consoleApi.pair(request);
      void poll();
      return { kind: 'ok', text: PAIR.done(result.screen, result.group) };
    } catch (error) {
      if (refused(error)) return { kind: 'error', text: PAIR.failed(refusedWords(error as ApiError, words.value)) };
      const status = error instanceof ApiError ? error.status : 0;
      const why =
        status === 0
          ? words.value.connection.lost
          : (pairProblem(status, PAIR) ?? (error instanceof Error ? error.message : String(error)));
      return { kind: 'error', text: PAIR.failed(why) };
    } finally {
      sending.value = false;
    }
  }

  // Signed in: poll at once; signed out: stop, keeping what was shown so that nothing jumps while the form is up.
  watch(
    active,
    (on) => {
      clearTimeout(timer);
      if (on) void poll();
      else latestPoll++;
    },
    { immediate: true },
  );
  onScopeDispose(() => {
    stopped = true;
    clearTimeout(timer);
  });

  return {
    screens,
    groups,
    recentBanners,
    unpaired,
    serverNow,
    receivedAt,
    audit,
    connection,
    pollError,
    sending,
    send,
    pair,
  };
}
