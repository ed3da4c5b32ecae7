/**
 * The presenter console's calls to the server, each with the control token.
 * Commands go only this way, over HTTP, so the server checks the token on
 * every one; the walls' sockets cannot send any.
 */
import type { ControlCommand, GroupStatus, SceneId } from '../../common/control';

/** One row of `GET /api/screens` (the server's ScreenStatus, as JSON). */
export interface ScreenRow {
  id: string;
  screen: string;
  group: string;
  layout: string;
  kind: 'wall' | 'kiosk';
  connectedAt: number;
  lastSeenAt: number;
  scene: SceneId | null;
  individual: boolean;
  held: boolean;
  spotlight: string | null;
  frozen: boolean;
  /** Walls only (a kiosk runs its own loop): the next scene and when it starts, and what is on top. */
  nextScene?: SceneId | null;
  endsAt?: number | null;
  banner?: string | null;
  standby?: boolean;
}

/** A group of walls (`groups` in `GET /api/screens`): its channel, and how many walls follow it or are taken out of it. */
export type GroupRow = GroupStatus;

export interface ScreensResponse {
  serverNow: number;
  /** How many paired screens are connected; `screens` is the first page of them. */
  total: number;
  offset: number;
  /** Pages connected but not paired: they show the figures, and wait for a presenter to pair them. */
  unpaired: number;
  screens: ScreenRow[];
  groups: GroupRow[];
  /** Welcome lines shown lately, newest first. */
  recentBanners: string[];
}

/** One line of `GET /api/control/audit`: when, from where, what, and whether it was applied. */
export interface AuditRow {
  id: number;
  at: string;
  from: string;
  outcome: 'applied' | 'invalid' | 'unauthorized' | 'throttled' | 'failed' | 'unreached';
  command: string;
}

export interface PairRequest {
  code: string;
  name: string;
  group: string;
}

export interface PairResult {
  screen: string;
  group: string;
  kind: 'wall' | 'kiosk';
}

export interface CommandResult {
  channel: string;
  scene: SceneId | null;
  /** Paired walls that carried it out. */
  screens: number;
  /** Unpaired wall pages of the group that follow it too. */
  viewers: number;
}

/** A refused or failed call; `status` is 0 when the server could not be reached, `code` the server's `error`. */
export class ConsoleApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = '',
  ) {
    super(message);
  }
}

async function call<T>(token: string, path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      cache: 'no-store',
      headers: {
        accept: 'application/json',
        authorization: `Bearer ${token}`,
        ...(init.body ? { 'content-type': 'application/json' } : {}),
      },
    });
  } catch {
    throw new ConsoleApiError(0, 'the server could not be reached');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: unknown; error?: unknown } | null;
    const detail = typeof body?.message === 'string' ? body.message : response.statusText;
    throw new ConsoleApiError(response.status, detail, typeof body?.error === 'string' ? body.error : '');
  }
  return (await response.json()) as T;
}

/** The console's endpoints, bound to a token. */
export function consoleApi(token: string) {
  return {
    screens: () => call<ScreensResponse>(token, '/api/screens'),
    audit: (limit = 30) => call<AuditRow[]>(token, `/api/control/audit?limit=${limit}`),
    send: (command: ControlCommand) => call<CommandResult>(token, '/api/control', { method: 'POST', body: JSON.stringify(command) }),
    pair: (request: PairRequest) => call<PairResult>(token, '/api/screens/pair', { method: 'POST', body: JSON.stringify(request) }),
  };
}
