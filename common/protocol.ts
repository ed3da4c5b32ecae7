/**
 * What the server says to screens and to HTTP clients. Shared by the server,
 * the screen and the mock feed so that the wire format has one definition.
 */
import type { ControlMessage } from './control';
import type { WallMode } from './mode';
import type { MetricId, MetricValues } from './metrics';
import type { WallContentMessage } from './wallContent';

/** Breakdowns of the headline figures, keyed by the vocabulary's `name`s. */
export interface Breakdowns {
  appealsByCategory: Record<string, number>;
  appealsByTown: Record<string, number>;
  landByProject: Record<string, number>;
}

export type BreakdownId = keyof Breakdowns;

export const BREAKDOWN_IDS: readonly BreakdownId[] = ['appealsByCategory', 'appealsByTown', 'landByProject'];

/** One line of the wall's ticker: an appeal or wish event, with personal numbers masked. */
export interface RecentItem {
  id: string;
  seq: number;
  type: 'appeal.handled' | 'appeal.resolved' | 'wish.fulfilled';
  at: string;
  town?: string;
  category?: string;
  summary?: string;
}

/** How many ticker items the server keeps and sends. */
export const RECENT_LIMIT = 50;

/** The whole state, sent on connect and by `GET /api/snapshot`. */
export interface Snapshot {
  seq: number;
  at: string;
  /** Which store the figures come from. */
  mode: WallMode;
  /** True when `mode` is `demo`: the wall marks itself as showing demo data. */
  demo: boolean;
  values: MetricValues;
  breakdowns: Breakdowns;
  /** Newest first. */
  recent: RecentItem[];
}

/**
 * What changed between `fromSeq` and `seq`. Values are absolute; a breakdown
 * that changed is sent whole; `recent` holds only new items, newest first.
 * A screen at seq S applies it when `fromSeq <= S < seq`; otherwise it has a gap.
 * Recent items with `seq <= S` are already known to that screen and are skipped.
 */
export interface Update {
  fromSeq: number;
  seq: number;
  at: string;
  /** Which store the update comes from; a screen showing the other one must not apply it. */
  mode?: WallMode;
  values: Partial<Record<MetricId, number>>;
  breakdowns?: Partial<Breakdowns>;
  recent?: RecentItem[];
}

/**
 * What a screen sends in its Socket.IO handshake (`auth`). A field may be
 * undefined: a wall passes its URL's parameters on as they are, and JSON
 * drops an undefined field on the way.
 */
export interface ScreenHandshake {
  /** The last seq this screen has applied, so that it gets only what it missed. */
  lastSeq?: number | undefined;
  /** Which store `lastSeq` counts in: a screen is caught up only within the store it was showing. */
  lastMode?: WallMode | undefined;
  /** The store this screen asks to show whatever the hall's mode (the page's `?mode=`); absent to follow the hall. */
  mode?: string | undefined;
  screen?: string | undefined;
  group?: string | undefined;
  layout?: string | undefined;
  kind?: 'wall' | 'kiosk';
  /** The credential a paired screen was given; absent on a page not yet paired. */
  device?: string | undefined;
}

/** Told to a page that is not paired: the code to show so that a presenter can pair it (null when none is free). */
export interface PairingMessage {
  code: string | null;
}

/** Told to a page once a presenter has paired it: its credential (to keep) and the name and group it now has. */
export interface PairedMessage {
  credential: string;
  screen: string;
  group: string;
}

export interface ServerToScreenEvents {
  snapshot: (snapshot: Snapshot) => void;
  update: (update: Update) => void;
  /** What a wall should show: its channel's playlist state, on connect and on every presenter command. */
  control: (message: ControlMessage) => void;
  pairing: (message: PairingMessage) => void;
  paired: (message: PairedMessage) => void;
  /** The wall's words, on every save or restore at the desk: screens show them without a reload. */
  content: (message: WallContentMessage) => void;
}

/** Screens are read-only: the only thing they may ask for is a fresh snapshot. */
export interface ScreenToServerEvents {
  resync: () => void;
}

export interface HealthResponse {
  /** `degraded`: the server answers and shows its figures, but cannot write; `reason` says why. */
  status: 'ok' | 'degraded';
  reason?: string;
  seq: number;
  uptimeS: number;
  screens: number;
}

export interface IngestResponse {
  accepted: number;
  duplicates: number;
  seq: number;
}

export interface FieldError {
  /** Index of the event within a batch; absent for a single event or the body as a whole. */
  index?: number;
  path: string;
  message: string;
}

export interface ErrorResponse {
  error: string;
  message: string;
  errors?: FieldError[];
}
