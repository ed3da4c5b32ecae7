/**
 * A ceiling on the TCP connections one remote address may hold open at once,
 * so that a single client cannot tie up every socket the server has.
 */
import type { Server } from 'node:net';

export interface ConnectionCap {
  /** Most connections one address may hold open at once. */
  max: number;
  /**
   * Whether connections from the server's own host count too. Off in service: only a
   * process on the server itself can send them (the demo feed, drills with hundreds of
   * screens), and it could do worse than open sockets. Tests turn it on, as they run on loopback.
   */
  includeLoopback: boolean;
}

/** Far above what a wall, a kiosk or the console opens (a browser keeps about six, plus one WebSocket). */
export const CONNECTION_CAP: ConnectionCap = { max: 64, includeLoopback: false };

const isLoopback = (address: string) => address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');

/** Destroys at once each new connection from an address that already holds `cap.max` open ones. */
export function capConnectionsPerClient(server: Server, cap: ConnectionCap = CONNECTION_CAP): void {
  const open = new Map<string, number>();
  server.on('connection', (socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    if (!cap.includeLoopback && isLoopback(address)) return;
    const count = open.get(address) ?? 0;
    if (count >= cap.max) {
      socket.destroy();
      return;
    }
    open.set(address, count + 1);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}
