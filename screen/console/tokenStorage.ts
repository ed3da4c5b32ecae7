/** The control token, kept on the tablet so the presenter types it once. */
const KEY = 'lingchuan.controlToken';

export function loadToken(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    // Private mode or storage disabled: the presenter types the token per visit.
    return null;
  }
}

export function saveToken(token: string): void {
  try {
    localStorage.setItem(KEY, token);
  } catch {
    // See loadToken: the token still works for this visit.
  }
}

export function forgetToken(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}
