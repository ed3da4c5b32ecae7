/** A presenter's command as the audit trail stores it: the command's JSON, with how many screens it reached. Pure. */
import { isSceneId, type SceneId } from '../../../common/control';

export interface StoredCommand {
  action: string;
  scene?: unknown;
  metric?: unknown;
  text?: unknown;
  group?: unknown;
  screens?: unknown;
  /** A playlist saved at the desk: its entries. */
  scenes?: unknown;
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

/** The scene ids of a stored playlist save, in order, or null when the line holds none that can be read. */
export function storedPlaylist(command: StoredCommand): SceneId[] | null {
  if (command.action !== 'playlist' || !Array.isArray(command.scenes)) return null;
  const scenes = command.scenes.map((entry: unknown) => (entry as { scene?: unknown } | null)?.scene);
  return scenes.every(isSceneId) ? scenes : null;
}
