/**
 * The presenter console's calls to the server, each as the signed-in
 * presenter (the session cookie). Commands go only this way, over HTTP, so the
 * server checks who sends every one; the walls' sockets cannot send any.
 */
import type { ControlCommand, GroupStatus, SceneId } from '../../common/control';
import { requestJson } from '../components/auth/apiRequest';

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

/** One line of `GET /api/control/audit`: when, who, from where, what, and whether it was applied. */
export interface AuditRow {
  id: number;
  at: string;
  /** The account's name (or `control token`); empty when nobody could be identified. */
  actor?: string;
  from: string;
  outcome: 'applied' | 'invalid' | 'unauthorized' | 'forbidden' | 'throttled' | 'failed' | 'unreached';
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

/** The console's endpoints. */
export const consoleApi = {
  screens: () => requestJson<ScreensResponse>('/api/screens'),
  audit: (limit = 30) => requestJson<AuditRow[]>(`/api/control/audit?limit=${limit}`),
  send: (command: ControlCommand) => requestJson<CommandResult>('/api/control', { method: 'POST', json: command }),
  pair: (request: PairRequest) => requestJson<PairResult>('/api/screens/pair', { method: 'POST', json: request }),
};
