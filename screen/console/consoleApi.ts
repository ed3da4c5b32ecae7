/**
 * The presenter console's calls to the server, each with the control token.
 * Commands go only this way, over HTTP, so the server checks the token on
 * every one; the walls' sockets cannot send any.
 */
import type { ControlCommand, SceneId } from '../../common/control';

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
}

export interface ScreensResponse {
  serverNow: number;
  /** How many paired screens are connected; `screens` is the first page of them. */
  total: number;
  offset: number;
  /** Pages connected but not paired: they show the figures, and wait for a presenter to pair them. */
  unpaired: number;
  screens: ScreenRow[];
}

/** One line of `GET /api/control/audit`: when, from where, what, and whether it was applied. */
export interface AuditRow {
  id: number;
  at: string;
  from: string;
  outcome: 'applied' | 'invalid' | 'unauthorized' | 'throttled' | 'failed';
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
  scene: SceneId;
  screens: number;
}

/** A refused or failed call; `status` is 0 when the server could not be reached. */
export class ConsoleApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
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
    throw new ConsoleApiError(0, '无法连接服务器，请检查网络');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: unknown } | null;
    const detail = typeof body?.message === 'string' ? body.message : response.statusText;
    throw new ConsoleApiError(response.status, detail);
  }
  return (await response.json()) as T;
}

/** The console's three endpoints, bound to a token. */
export function consoleApi(token: string) {
  return {
    screens: () => call<ScreensResponse>(token, '/api/screens'),
    audit: (limit = 30) => call<AuditRow[]>(token, `/api/control/audit?limit=${limit}`),
    send: (command: ControlCommand) => call<CommandResult>(token, '/api/control', { method: 'POST', body: JSON.stringify(command) }),
    pair: (request: PairRequest) => call<PairResult>(token, '/api/screens/pair', { method: 'POST', body: JSON.stringify(request) }),
  };
}
