/**
 * The ledger's hash chain: each logged event's hash covers the hash before it
 * and a canonical form of the event, its seq, time and sender, so changing,
 * removing or reordering any row changes every hash after it. Pure and
 * deterministic: the server, `npm run verify` and the tests compute the same.
 */
import type { EntrySource } from '../../common/desk';
import { createHash } from 'node:crypto';
import type { DomainEvent } from '../../common/events';
import type { WallState } from './state';

/** The last event of the chain (seq 0 and the genesis hash for an empty log). */
export interface ChainHead {
  seq: number;
  hash: string;
}

/** What one hash covers besides the hash before it. */
export interface ChainEntry {
  seq: number;
  receivedAt: string;
  source: EntrySource;
  sender: string;
  event: DomainEvent;
}

/** Names this chain's format in its first hash, so a later format can never be mistaken for this one. */
const GENESIS_TAG = 'lingchuan-wall-ledger/v1';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * JSON with every object's keys sorted (by UTF-16 code units) and no
 * whitespace; `undefined` members are left out as JSON.stringify leaves them.
 * Written out by hand because a JS object puts integer-like keys first
 * whatever order they were added in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value) as string | undefined;
    if (text === undefined) throw new Error(`canonicalJson: ${typeof value} has no JSON form`);
    return text;
  }
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  // A plain loop rather than map and filter: this runs for every event ingested.
  const record = value as Record<string, unknown>;
  let out = '';
  for (const key of Object.keys(record).sort()) {
    const member = record[key];
    if (member === undefined) continue;
    out += `${out === '' ? '' : ','}${JSON.stringify(key)}:${canonicalJson(member)}`;
  }
  return `{${out}}`;
}

/** The state as the chain's genesis and meta `baseline` keep it: the known names as sorted arrays. */
export function canonicalState(state: WallState): string {
  return canonicalJson({
    ...state,
    known: { orgs: [...state.known.orgs].sort(), projects: [...state.known.projects].sort() },
  });
}

/** Reads back what `canonicalState` wrote. */
export function parseCanonicalState(json: string): WallState {
  const raw = JSON.parse(json) as Omit<WallState, 'known'> & { known: { orgs: string[]; projects: string[] } };
  return { ...raw, known: { orgs: new Set(raw.known.orgs), projects: new Set(raw.known.projects) } };
}

/** The chain's first hash, from the baseline state as `canonicalState` wrote it. */
export function genesisHash(baselineJson: string): string {
  return sha256(`${GENESIS_TAG}\n${baselineJson}`);
}

/** hash(n) = sha256 hex of hash(n-1), a newline, and the canonical JSON of {seq, receivedAt, source, sender, event}. */
export function chainHash(previous: string, entry: ChainEntry): string {
  const { seq, receivedAt, source, sender, event } = entry;
  return sha256(`${previous}\n${canonicalJson({ seq, receivedAt, source, sender, event })}`);
}

/** A hash shortened for people: its first and last few characters. */
export function shortHash(hash: string): string {
  return hash.length > 12 ? `${hash.slice(0, 6)}…${hash.slice(-4)}` : hash;
}
