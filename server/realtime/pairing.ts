/**
 * Pairing walls and kiosks with the hall. A page that connects without a
 * device credential is shown a short code; a presenter types it into the
 * console with the screen's name and group, and the page receives a credential
 * it keeps. From then on it is that named screen, a target for commands. Names
 * come from the pairing, never from the page, so no page can pose as another.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';

/** A paired screen as the hall keeps it; only a hash of its credential is stored. */
export interface DeviceRecord {
  name: string;
  group: string;
  kind: 'wall' | 'kiosk';
  credentialHash: string;
  pairedAt: string;
}

export interface DeviceStore {
  deviceByCredentialHash(hash: string): DeviceRecord | null;
  deviceByName(name: string): DeviceRecord | null;
  saveDevice(record: DeviceRecord): void;
}

/** Why a pairing was refused, in words for the presenter. */
export type PairingRefusal = 'unknown_code' | 'name_taken';

export interface Pairing {
  /** A fresh code for an unpaired page, or null when too many are waiting. */
  issue(socketId: string): string | null;
  /** Forgets the code of a page that left. */
  release(socketId: string): void;
  /** The paired screen a credential belongs to, or null. */
  identify(credential: string | undefined): DeviceRecord | null;
  /** Pairs the page showing `code` as `name` in `group`; its credential is returned once, to be sent to that page only. */
  claim(
    code: string,
    name: string,
    group: string,
  ): { ok: true; socketId: string; credential: string; record: DeviceRecord } | { ok: false; refusal: PairingRefusal };
  readonly waiting: number;
}

/** How many unpaired pages may hold a code at once; others still get the public figures, without one. */
export const MAX_WAITING_CODES = 300;

const hashOf = (credential: string) => createHash('sha256').update(credential).digest('hex');

/** Six digits, spaced for reading off a wall: `482 913`. */
export const formatPairingCode = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;

export function createPairing(
  devices: DeviceStore,
  { now = Date.now, kindOf }: { now?: () => number; kindOf: (socketId: string) => 'wall' | 'kiosk' },
): Pairing {
  const codes = new Map<string, string>();
  const codeOf = new Map<string, string>();
  const release = (socketId: string) => {
    const code = codeOf.get(socketId);
    if (code === undefined) return;
    codeOf.delete(socketId);
    codes.delete(code);
  };
  return {
    issue(socketId) {
      if (codes.size >= MAX_WAITING_CODES) return null;
      let code: string;
      do code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      while (codes.has(code));
      codes.set(code, socketId);
      codeOf.set(socketId, code);
      return code;
    },
    release,
    identify(credential) {
      if (!credential) return null;
      return devices.deviceByCredentialHash(hashOf(credential));
    },
    claim(code, name, group) {
      const socketId = codes.get(code.replace(/\s+/g, ''));
      if (socketId === undefined) return { ok: false, refusal: 'unknown_code' };
      if (devices.deviceByName(name)) return { ok: false, refusal: 'name_taken' };
      const credential = randomBytes(32).toString('base64url');
      const record: DeviceRecord = {
        name,
        group,
        kind: kindOf(socketId),
        credentialHash: hashOf(credential),
        pairedAt: new Date(now()).toISOString(),
      };
      devices.saveDevice(record);
      release(socketId);
      return { ok: true, socketId, credential, record };
    },
    get waiting() {
      return codes.size;
    },
  };
}
