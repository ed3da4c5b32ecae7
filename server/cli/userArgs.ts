/** Reads the arguments of `npm run user`; pure, so that every way of getting them wrong is tested. */
import { isAccountName, isRole, type Role } from '../../common/auth';

export type UserCommand =
  | { action: 'add'; name: string; role: Role; passwordStdin: boolean }
  | { action: 'passwd'; name: string; passwordStdin: boolean }
  | { action: 'disable' | 'enable'; name: string }
  | { action: 'list' };

export const USAGE = `usage:
  npm run user -- add NAME --role admin|operator|presenter [--password-stdin]
  npm run user -- passwd NAME [--password-stdin]
  npm run user -- disable NAME
  npm run user -- enable NAME
  npm run user -- list
The password is typed twice at a prompt, or read from standard input with --password-stdin.
The accounts are in DATA_DIR (default ./data).`;

export function parseUserArgs(argv: readonly string[]): { ok: true; command: UserCommand } | { ok: false; message: string } {
  const [action, ...rest] = argv;
  const flags = rest.filter((arg) => arg.startsWith('--'));
  const words = rest.filter((arg, i) => !arg.startsWith('--') && rest[i - 1] !== '--role');
  const passwordStdin = flags.includes('--password-stdin');
  const unknown = flags.find((flag) => flag !== '--password-stdin' && flag !== '--role');
  if (unknown) return { ok: false, message: `unknown option ${unknown}` };
  if (action === 'list') return words.length === 0 ? { ok: true, command: { action } } : { ok: false, message: 'list takes no name' };
  if (action !== 'add' && action !== 'passwd' && action !== 'disable' && action !== 'enable') {
    return { ok: false, message: action ? `unknown command ${action}` : 'name a command' };
  }
  const [name, extra] = words;
  if (name === undefined) return { ok: false, message: `${action} needs the account's name` };
  if (extra !== undefined) return { ok: false, message: `unexpected ${extra}` };
  if (!isAccountName(name)) return { ok: false, message: 'a name is 1 to 32 letters, digits, ".", "_" or "-", without spaces' };
  if (action === 'add') {
    const roleAt = rest.indexOf('--role');
    const role = roleAt >= 0 ? rest[roleAt + 1] : undefined;
    if (!isRole(role)) return { ok: false, message: 'add needs --role admin, operator or presenter' };
    return { ok: true, command: { action, name, role, passwordStdin } };
  }
  if (rest.includes('--role')) return { ok: false, message: `${action} takes no --role` };
  if (action === 'passwd') return { ok: true, command: { action, name, passwordStdin } };
  if (passwordStdin) return { ok: false, message: `${action} takes no password` };
  return { ok: true, command: { action, name } };
}
