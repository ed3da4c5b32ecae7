/**
 * The credential this screen was given when a presenter paired it, kept in the browser so it
 * survives reloads and restarts. One PC may drive several screens in windows of one browser,
 * told apart by their URL's `?screen=`: each keeps its own.
 */
const keyOf = (slot: string) => (slot ? `lingchuan.device.${slot}` : 'lingchuan.device');

export function loadDeviceCredential(slot: string): string | undefined {
  try {
    return localStorage.getItem(keyOf(slot)) ?? undefined;
  } catch {
    // Storage disabled: the screen is shown a pairing code again after each reload.
    return undefined;
  }
}

export function saveDeviceCredential(slot: string, credential: string): void {
  try {
    localStorage.setItem(keyOf(slot), credential);
  } catch {
    // See loadDeviceCredential.
  }
}
