/**
 * Every refused request to the presenter's API goes into the audit log,
 * compactly (method, path without query, why), and a flood does not flood it:
 * the first few refusals of a kind from one address in a minute are written
 * one by one, the rest become one line, "+240 similar in the last minute".
 */
import type { AuditLine } from '../audit/auditTrail';

export type RefusedOutcome = Exclude<AuditLine['outcome'], 'applied'>;

export interface Refusal {
  from: string;
  /** Who was refused, when known (a signed-in person asking beyond their role); `` otherwise. */
  actor?: string;
  /** What the refused request was for: `refusal` unless said (`session` for a sign-in). */
  kind?: AuditLine['kind'];
  method: string;
  /** The path without its query, e.g. `/api/control`. */
  path: string;
  outcome: RefusedOutcome;
}

export interface RefusalAuditor {
  refuse(refusal: Refusal): void;
  /** Writes the summary line of every window that has ended. */
  flush(): void;
}

/** Most kinds of refusal counted apart within a minute; beyond, they share one line. */
const MAX_WINDOWS = 10_000;
const OVERFLOW_KEY = '*';

/** The route a path belongs to: its first two segments, e.g. `/api/control`. */
export const routeOf = (path: string) => path.split('/').slice(0, 3).join('/');

/** Longest path kept: a refused request's URL is the attacker's to choose. */
const MAX_PATH = 80;

interface Window {
  refusal: Refusal;
  startedAt: number;
  written: number;
  suppressed: number;
}

/** The line the audit log shows for a refused request. */
export function describeRefusal(refusal: Pick<Refusal, 'method' | 'path'>, suppressed = 0): string {
  const path = refusal.path.length > MAX_PATH ? `${refusal.path.slice(0, MAX_PATH)}…` : refusal.path;
  const line = `${refusal.method.slice(0, 10)} ${path}`;
  return suppressed > 0 ? `${line} (+${suppressed} similar in the last minute)` : line;
}

export function createRefusalAuditor(
  record: (line: AuditLine) => void,
  now: () => number = Date.now,
  { windowMs = 60_000, writtenPerWindow = 3 } = {},
): RefusalAuditor {
  const windows = new Map<string, Window>();
  const write = (refusal: Refusal, at: number, suppressed = 0) =>
    record({
      at: new Date(at).toISOString(),
      actor: refusal.actor ?? '',
      kind: refusal.kind ?? 'refusal',
      from: refusal.from,
      outcome: refusal.outcome,
      what: describeRefusal(refusal, suppressed),
    });

  const close = (key: string, window: Window) => {
    windows.delete(key);
    if (window.suppressed > 0) write(window.refusal, window.startedAt + windowMs, window.suppressed);
  };

  const flush = () => {
    const t = now();
    for (const [key, window] of windows) if (t - window.startedAt >= windowMs) close(key, window);
  };

  return {
    refuse(given) {
      let refusal = given;
      const t = now();
      // By route, not by raw path: made-up paths (/api/control/x1, /x2…) are one kind of refusal, not thousands.
      let key = `${refusal.from}\u0000${refusal.actor ?? ''}\u0000${refusal.outcome}\u0000${refusal.method} ${routeOf(refusal.path)}`;
      let window = windows.get(key);
      if (window && t - window.startedAt >= windowMs) {
        close(key, window);
        window = undefined;
      }
      if (!window) {
        if (windows.size >= MAX_WINDOWS) flush();
        // Still full within one minute (a flood from many addresses): count the rest together.
        if (windows.size >= MAX_WINDOWS) {
          key = OVERFLOW_KEY;
          refusal = { ...refusal, from: 'many addresses' };
          window = windows.get(key);
        }
      }
      if (!window) {
        window = { refusal, startedAt: t, written: 0, suppressed: 0 };
        windows.set(key, window);
      }
      if (window.written < writtenPerWindow) {
        window.written += 1;
        write(refusal, t);
      } else {
        window.suppressed += 1;
      }
    },
    flush,
  };
}
