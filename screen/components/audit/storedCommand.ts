/** A presenter's command as the audit trail stores it: the command's JSON, with how many screens it reached. Pure. */

export interface StoredCommand {
  action: string;
  scene?: unknown;
  metric?: unknown;
  text?: unknown;
  group?: unknown;
  screens?: unknown;
  target?: { group?: unknown; screen?: unknown; all?: unknown } | null;
}

/** The command a trail line holds, or null when the line is not a command (a refusal's method and path, say). */
export function readStoredCommand(what: string): StoredCommand | null {
  try {
    const parsed: unknown = JSON.parse(what);
    return typeof parsed === 'object' && parsed !== null && typeof (parsed as StoredCommand).action === 'string'
      ? (parsed as StoredCommand)
      : null;
  } catch {
    return null;
  }
}
