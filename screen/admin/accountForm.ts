/** What is wrong with a new account or a new password before it is sent, in the admin's words. Pure. */
import { isAccountName, PASSWORD_LENGTH } from '../../common/auth';
import type { AdminWords } from '../content/admin';

/** The problems with a password typed twice, none when it may be sent. */
export function passwordProblems(password: string, repeat: string, words: AdminWords): string[] {
  const problems: string[] = [];
  // Counted as the server counts: by characters, so a Chinese passphrase is not cut short.
  const length = [...password].length;
  if (length < PASSWORD_LENGTH.min || length > PASSWORD_LENGTH.max)
    problems.push(words.form.passwordLength(PASSWORD_LENGTH.min, PASSWORD_LENGTH.max));
  if (password !== repeat) problems.push(words.form.repeat);
  return problems;
}

/** The problems with a new account, none when it may be sent. */
export function newAccountProblems(account: { name: string; password: string; repeat: string }, words: AdminWords): string[] {
  return [...(isAccountName(account.name) ? [] : [words.form.name]), ...passwordProblems(account.password, account.repeat, words)];
}
