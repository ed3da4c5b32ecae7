import type { ScreenHandshake } from '../../common/protocol';
import type { DeviceRecord } from './pairing';

/** A connected screen, as operators and the presenter console see it. */
export interface ScreenInfo {
  socketId: string;
  screen: string;
  group: string;
  layout: string;
  kind: 'wall' | 'kiosk';
  /** Paired screens are named by the hall and can be commanded; others only show the public figures. */
  paired: boolean;
  connectedAt: number;
  lastSeenAt: number;
}

/** The screens connected now. */
export class ScreenRegistry {
  private readonly screens = new Map<string, ScreenInfo>();

  constructor(private readonly now: () => number) {}

  /** Adds a page: named and grouped by its pairing when it has one, else by what it says of itself, unpaired. */
  add(socketId: string, handshake: ScreenHandshake, device: DeviceRecord | null = null): ScreenInfo {
    const at = this.now();
    const info: ScreenInfo = {
      socketId,
      screen: device?.name ?? handshake.screen ?? socketId,
      group: device?.group ?? handshake.group ?? 'main',
      layout: handshake.layout ?? 'auto',
      kind: device?.kind ?? handshake.kind ?? 'wall',
      paired: device !== null,
      connectedAt: at,
      lastSeenAt: at,
    };
    this.screens.set(socketId, info);
    return info;
  }

  /** Makes a connected page the paired screen `device`. */
  pair(socketId: string, device: DeviceRecord): ScreenInfo | null {
    const info = this.screens.get(socketId);
    if (!info) return null;
    Object.assign(info, { screen: device.name, group: device.group, kind: device.kind, paired: true });
    return info;
  }

  get(socketId: string): ScreenInfo | undefined {
    return this.screens.get(socketId);
  }

  /** Whether a paired screen of this name is connected now. */
  pairedConnected(name: string): boolean {
    for (const info of this.screens.values()) if (info.paired && info.screen === name) return true;
    return false;
  }

  seen(socketId: string): void {
    const info = this.screens.get(socketId);
    if (info) info.lastSeenAt = this.now();
  }

  remove(socketId: string): void {
    this.screens.delete(socketId);
  }

  get size(): number {
    return this.screens.size;
  }

  list(): ScreenInfo[] {
    return [...this.screens.values()];
  }
}
