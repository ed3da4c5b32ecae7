/**
 * Whether a Socket.IO handshake may proceed. Clients without an Origin (feeds,
 * tests, other servers) may; a page may if its origin is one the operator
 * allowed or one of the server's own addresses. The request's own `Host`
 * header is never the measure: a page on a rebinding domain sends a Host that
 * matches its Origin, and would pass.
 */
import { hostname, networkInterfaces } from 'node:os';

/** The origins the server is reached at: localhost, its host name and each of this machine's addresses, on `port`. */
export function ownOrigins(port: number, interfaces = networkInterfaces(), host = hostname()): string[] {
  // The machine's own name (and its mDNS name) is ours too: a rebinding page's origin is the attacker's name, never this one.
  const hosts = new Set(['localhost', '127.0.0.1', '[::1]', host.toLowerCase(), `${host.toLowerCase()}.local`]);
  for (const addresses of Object.values(interfaces)) {
    for (const address of addresses ?? []) {
      // A link-local IPv6 address needs its zone, which an Origin cannot carry.
      if (address.family === 'IPv6' && address.scopeid) continue;
      hosts.add(address.family === 'IPv6' ? `[${address.address}]` : address.address);
    }
  }
  return [...hosts].map((host) => `http://${host}:${port}`);
}

/** Pure: `own` are the server's own origins, `allowed` those the operator configured (`*` allows any). */
export function originAllowed(origin: string | undefined, allowed: readonly string[], own: readonly string[]): boolean {
  if (origin === undefined) return true;
  if (allowed.includes('*')) return true;
  let normalized: string;
  try {
    normalized = new URL(origin).origin;
  } catch {
    return false;
  }
  return allowed.some((entry) => sameOrigin(entry, normalized)) || own.some((entry) => sameOrigin(entry, normalized));
}

function sameOrigin(configured: string, origin: string): boolean {
  try {
    return new URL(configured).origin === origin;
  } catch {
    return false;
  }
}
