/** Where versions before sign-in kept the control token on the tablet. */
const OLD_TOKEN_KEY = 'lingchuan.controlToken';

/** Drops a control token an older console left in this browser: the console now keeps no secret. */
export function forgetOldToken(): void {
  try {
    localStorage.removeItem(OLD_TOKEN_KEY);
  } catch {
    // Storage disabled: then nothing was kept either.
  }
}
