import type { ScreenHandshake } from '../../common/protocol';

/** A connected screen, as operators and the presenter console see it. */
export interface ScreenInfo {
  socketId: string;
  screen: string;
  group: string;
  layout: string;
  kind: 'wall' | 'kiosk';
  connectedAt: number;
  lastSeenAt: number;
}

/** The screens connected now. */
export class ScreenRegistry {
  private readonly screens = new Map<string, ScreenInfo>();

  constructor(private readonly now: () => number) {}

  add(socketId: string, handshake: ScreenHandshake): ScreenInfo {
    const at = this.now();
    const info: ScreenInfo = {
      socketId,
      screen: handshake.screen ?? socketId,
      group: handshake.group ?? 'main',
      layout: handshake.layout ?? 'auto',
      kind: handshake.kind ?? 'wall',
      connectedAt: at,
      lastSeenAt: at,
    };
    this.screens.set(socketId, info);
    return info;
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
