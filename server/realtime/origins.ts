/**
 * Whether a Socket.IO handshake may proceed: clients without an Origin
 * (feeds, tests, other servers) and pages from the server's own origin, or
 * from an origin the operator allowed.
 */
export function originAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (origin === undefined) return true;
  if (allowed.includes('*') || allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
