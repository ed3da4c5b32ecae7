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
  /** Saves a pairing; a record of the same name is replaced, and its old credential stops working. */
  saveDevice(record: DeviceRecord): void;
}

/** Why a pairing was refused, in words for the presenter. */
export type PairingRefusal = 'unknown_code' | 'name_taken';

export interface Pairing {
  /** A fresh code for an unpaired page, or null when too many are waiting (from its address, or in all). */
  issue(socketId: string, address: string, kind: 'wall' | 'kiosk'): string | null;
  /** Forgets the code of a page that left or was paired. */
  release(socketId: string): void;
  /** The paired screen a credential belongs to, or null. */
  identify(credential: string | undefined): DeviceRecord | null;
  /**
   * Pairs the page showing `code` as `name` in `group`; its credential is returned once, to be sent to
   * that page only. A name already paired is refused while `inUse(name)`; otherwise the old pairing is
   * replaced (a screen whose browser was reset or whose PC was changed gets its name back).
   */
  claim(
    code: string,
    name: string,
    group: string,
    inUse: (name: string) => boolean,
  ): { ok: true; socketId: string; credential: string; record: DeviceRecord } | { ok: false; refusal: PairingRefusal };
  readonly waiting: number;
}

/** How many unpaired pages may hold a code at once, in all and from one address; others still get the public figures. */
export const MAX_WAITING_CODES = 300;
export const MAX_WAITING_CODES_PER_ADDRESS = 16;

const hashOf = (credential: string) => createHash('sha256').update(credential).digest('hex');

interface Waiting {
  socketId: string;
  address: string;
  kind: 'wall' | 'kiosk';
}

export function createPairing(devices: DeviceStore, { now = Date.now }: { now?: () => number } = {}): Pairing {
  const byCode = new Map<string, Waiting>();
  const codeOf = new Map<string, string>();
  const perAddress = new Map<string, number>();
  const release = (socketId: string) => {
    const code = codeOf.get(socketId);
    if (code === undefined) return;
    const waiting = byCode.get(code);
    codeOf.delete(socketId);
    byCode.delete(code);
    if (!waiting) return;
    const left = (perAddress.get(waiting.address) ?? 1) - 1;
    if (left > 0) perAddress.set(waiting.address, left);
    else perAddress.delete(waiting.address);
  };
  return {
    issue(socketId, address, kind) {
      if (byCode.size >= MAX_WAITING_CODES || (perAddress.get(address) ?? 0) >= MAX_WAITING_CODES_PER_ADDRESS) return null;
      let code: string;
      do code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      while (byCode.has(code));
      byCode.set(code, { socketId, address, kind });
      codeOf.set(socketId, code);
      perAddress.set(address, (perAddress.get(address) ?? 0) + 1);
      return code;
    },
    release,
    identify(credential) {
      if (!credential) return null;
      return devices.deviceByCredentialHash(hashOf(credential));
    },
    claim(code, name, group, inUse) {
      const waiting = byCode.get(code.replace(/\s+/g, ''));
      if (waiting === undefined) return { ok: false, refusal: 'unknown_code' };
      if (devices.deviceByName(name) && inUse(name)) return { ok: false, refusal: 'name_taken' };
      const credential = randomBytes(32).toString('base64url');
      const record: DeviceRecord = {
        name,
        group,
        kind: waiting.kind,
        credentialHash: hashOf(credential),
        pairedAt: new Date(now()).toISOString(),
      };
      devices.saveDevice(record);
      release(waiting.socketId);
      return { ok: true, socketId: waiting.socketId, credential, record };
    },
    get waiting() {
      return byCode.size;
    },
  };
}
