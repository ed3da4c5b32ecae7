/**
 * `npm run user`: makes and keeps the accounts from the server's own machine,
 * the way a new hall gets its first admin. Works whether or not the server
 * runs; every change is written to the audit trail as done from the command line.
 */
import { userInfo } from 'node:os';
import { passwordProblem } from '../../common/auth';
import type { AuditLine } from '../audit/auditTrail';
import { openAuthStore, type AuthStore } from '../auth/authStore';
import { hashPassword } from '../auth/passwords';
import { readConfig } from '../config';
import { passwordFromPrompt, passwordFromStdin } from './readPassword';
import { parseUserArgs, USAGE, type UserCommand } from './userArgs';

class Refused extends Error {}

function line(what: string): AuditLine {
  let who = 'unknown';
  try {
    who = userInfo().username;
  } catch {
    // A user with no entry in the password database still runs the command; the trail says so.
  }
  return { at: new Date().toISOString(), actor: `command line (${who})`, kind: 'account', from: 'local', what, outcome: 'applied' };
}

async function newPasswordHash(fromStdin: boolean): Promise<string> {
  const password = fromStdin ? await passwordFromStdin() : await passwordFromPrompt();
  if (password === null) throw new Refused('the two passwords differ: nothing was changed');
  const problem = passwordProblem(password);
  if (problem) throw new Refused(`${problem}: nothing was changed`);
  return hashPassword(password);
}

function change(store: AuthStore, name: string, changes: Parameters<AuthStore['updateAccount']>[2], what: (n: string) => string): string {
  const account = store.account(name);
  if (!account) throw new Refused(`there is no account named ${name}`);
  const losesAdmin = changes.disabled === true && account.role === 'admin' && !account.disabled;
  if (losesAdmin && store.enabledAdmins() <= 1) throw new Refused(`${account.name} is the only enabled admin: add another admin first`);
  const outcome = store.updateAccount(account.name, account.version, changes, line(what(account.name)));
  if (typeof outcome === 'string') throw new Refused(`${account.name} changed meanwhile: run the command again`);
  return account.name;
}

async function run(command: UserCommand, store: AuthStore): Promise<string> {
  switch (command.action) {
    case 'list': {
      const rows = store.accounts().map((a) => [a.name, a.role, a.disabled ? 'disabled' : 'enabled', a.lastSignInAt ?? 'never signed in']);
      if (rows.length === 0) return 'no accounts yet: npm run user -- add NAME --role admin';
      const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
      return rows.map((r) => r.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] ?? 0) : cell)).join('  ')).join('\n');
    }
    case 'add': {
      if (store.account(command.name)) throw new Refused(`there is already an account named ${command.name}`);
      const passwordHash = await newPasswordHash(command.passwordStdin);
      const at = new Date().toISOString();
      const added = store.addAccount(
        { name: command.name, role: command.role, passwordHash, at },
        line(`added account ${command.name} (${command.role})`),
      );
      if (!added) throw new Refused(`there is already an account named ${command.name}`);
      return `added ${command.name} (${command.role})`;
    }
    case 'passwd': {
      if (!store.account(command.name)) throw new Refused(`there is no account named ${command.name}`);
      const passwordHash = await newPasswordHash(command.passwordStdin);
      const name = change(store, command.name, { passwordHash }, (n) => `account ${n}: new password`);
      return `new password set for ${name}; its sessions have ended`;
    }
    case 'disable':
    case 'enable': {
      const disabled = command.action === 'disable';
      if (store.account(command.name)?.disabled === disabled) throw new Refused(`${command.name} is already ${command.action}d`);
      const name = change(store, command.name, { disabled }, (n) => `account ${n}: ${command.action}d`);
      return disabled ? `disabled ${name}; its sessions have ended` : `enabled ${name}`;
    }
  }
}

async function main(): Promise<number> {
  const parsed = parseUserArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(`${parsed.message}\n${USAGE}`);
    return 2;
  }
  const store = openAuthStore(readConfig(process.env).dataDir);
  try {
    if (store.readOnly && parsed.command.action !== 'list') throw new Refused('the data folder cannot be written: nothing was changed');
    console.log(await run(parsed.command, store));
    return 0;
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    console.error(error.message);
    return 1;
  } finally {
    store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
