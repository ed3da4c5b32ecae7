/**
 * One line of the audit trail in the admin's language. The server writes
 * each line once, in plain English (it is the record, and the CSV keeps it
 * so); this page retells every kind of line the server writes, and shows a
 * line it does not recognise exactly as written, never hidden. Pure.
 */
import { isRole, type AuditRecord } from '../../common/auth';
import { isMetricId, METRIC_BY_ID } from '../../common/metrics';
import { AUDIT_LINES_EN, AUDIT_LINES_ZH, type AuditLinesWords } from '../content/adminAuditLines';
import { SIGN_IN_EN, SIGN_IN_ZH } from '../content/signIn';
import type { Lang } from '../i18n/lang';
import { commandWords } from './auditCommandWords';

/** Who did it, what was done, and from where, as the reader reads them. */
export interface AuditLineWords {
  actor: string;
  what: string;
  from: string;
}

type Line = Pick<AuditRecord, 'actor' | 'kind' | 'what' | 'outcome' | 'from'>;

interface Context {
  words: AuditLinesWords;
  role: (role: string) => string;
  metric: (id: string) => string;
  lang: Lang;
}

/** The catalog's name of a metric in `lang`, or the id itself when the catalog has no such metric. */
export function metricName(id: string, lang: Lang): string {
  return isMetricId(id) ? METRIC_BY_ID[id].label[lang] : id;
}

/** Pure: the line's actor, what and address in `lang`. */
export function auditLineWords(line: Line, lang: Lang): AuditLineWords {
  const words = lang === 'en' ? AUDIT_LINES_EN : AUDIT_LINES_ZH;
  const roles = lang === 'en' ? SIGN_IN_EN.roles : SIGN_IN_ZH.roles;
  const context: Context = {
    words,
    lang,
    role: (role) => (isRole(role) ? roles[role] : role),
    metric: (id) => metricName(id, lang),
  };
  return { actor: actorWords(line, words), what: whatWords(line, context) ?? line.what, from: fromWords(line.from, words) };
}

function actorWords({ actor, from }: Line, words: AuditLinesWords): string {
  if (actor === '') return words.actors.nobody;
  if (actor === 'control token') return words.actors.controlToken;
  // An account may be named `server` too: the server's own lines are the ones written on this machine.
  if (actor === 'server' && from === 'local') return words.actors.server;
  const commandLine = /^command line \((.*)\)$/.exec(actor);
  if (commandLine) return words.actors.commandLine(commandLine[1] ?? '');
  // Account names cannot hold a colon, so `key:` always names a feed key.
  if (actor.startsWith('key:')) return words.actors.feedKey(actor.slice('key:'.length));
  return actor;
}

function fromWords(from: string, words: AuditLinesWords): string {
  if (from === 'local') return words.from.local;
  if (from === 'many addresses') return words.from.manyAddresses;
  if (from === 'unknown') return words.from.unknown;
  return from;
}

function whatWords(line: Line, context: Context): string | null {
  switch (line.kind) {
    case 'session':
      return sessionWords(line.what, context) ?? refusalWords(line.what, context.words);
    case 'account':
      return accountWords(line.what, context);
    case 'key':
      return keyWords(line.what, context.words);
    case 'ledger':
      return ledgerWords(line.what, context.words);
    case 'correction':
      return correctionWords(line.what, context);
    case 'record':
      return recordWords(line.what, context.words);
    case 'command':
      return commandWords(line.what, line.outcome, context.lang, context.metric);
    case 'refusal':
      return refusalWords(line.what, context.words);
    case 'content':
      return contentWords(line.what, context.words);
    default:
      return null;
  }
}

/** `saved wall content version 3: texts.brand.landTitle, brands` or `restored wall content version 1 as version 4: …`. */
function contentWords(what: string, words: AuditLinesWords): string | null {
  const saved = /^saved wall content version (\d+): (.*)$/.exec(what);
  if (saved) return words.content.saved(saved[1] ?? '', saved[2] ?? '');
  const restored = /^restored wall content version (\d+) as version (\d+): (.*)$/.exec(what);
  return restored ? words.content.restored(restored[1] ?? '', restored[2] ?? '', restored[3] ?? '') : null;
}

function sessionWords(what: string, { words, role }: Context): string | null {
  if (what === 'signed out') return words.session.signedOut;
  const signedIn = /^signed in as (\S+)$/.exec(what);
  return signedIn ? words.session.signedIn(role(signedIn[1] ?? '')) : null;
}

function accountWords(what: string, { words, role }: Context): string | null {
  const added = /^added account (\S+) \((\S+)\)$/.exec(what);
  if (added) return words.account.added(added[1] ?? '', role(added[2] ?? ''));
  const changed = /^account (\S+): (.+)$/.exec(what);
  if (!changed) return null;
  const parts = (changed[2] ?? '').split(', ').map((part) => accountChangeWords(part, words, role));
  // One part not understood and the whole line stays as written: half a translation would misreport it.
  if (parts.some((part) => part === null)) return null;
  return words.account.changed(changed[1] ?? '', parts.join(words.account.separator));
}

function accountChangeWords(part: string, words: AuditLinesWords, role: (role: string) => string): string | null {
  if (part === 'disabled') return words.account.disabled;
  if (part === 'enabled') return words.account.enabled;
  if (part === 'new password') return words.account.newPassword;
  const roleChange = /^role (\S+) → (\S+)$/.exec(part);
  return roleChange ? words.account.role(role(roleChange[1] ?? ''), role(roleChange[2] ?? '')) : null;
}

function keyWords(what: string, words: AuditLinesWords): string | null {
  const key = /^(created|revoked) feed key "(.*)"$/.exec(what);
  if (!key) return null;
  return key[1] === 'created' ? words.keys.created(key[2] ?? '') : words.keys.revoked(key[2] ?? '');
}

function ledgerWords(what: string, words: AuditLinesWords): string | null {
  const verified = /^verified the ledger: (\d+) events, head seq (\d+) hash (\S+)$/.exec(what);
  if (verified) return words.ledger.verified(verified[1] ?? '', verified[2] ?? '', verified[3] ?? '');
  // The problem is the verifier's own sentence: shown as it wrote it.
  const failed = /^verified the ledger: failed at seq (\d+|\?): ([\s\S]*)$/.exec(what);
  return failed ? words.ledger.failed(failed[1] ?? '', failed[2] ?? '') : null;
}

function correctionWords(what: string, { words, metric }: Context): string | null {
  const corrected = /^corrected (\S+) to (\S+): ([\s\S]*)$/.exec(what);
  return corrected ? words.corrected(metric(corrected[1] ?? ''), corrected[2] ?? '', corrected[3] ?? '') : null;
}

function recordWords(what: string, words: AuditLinesWords): string | null {
  const recorded = /^recorded (\d+) events? \((.*)\)$/.exec(what);
  if (!recorded) return null;
  const known = words.eventTypes as Partial<Record<string, string>>;
  const types = (recorded[2] ?? '').split(', ').map((type) => known[type] ?? type);
  return words.recorded(recorded[1] ?? '', types.join(words.typeSeparator));
}

/** `METHOD /path`, with `(+N similar in the last minute)` when a flood was folded into the line. */
function refusalWords(what: string, words: AuditLinesWords): string | null {
  const refused = /^(\S{1,10}) (\/\S*)(?: \(\+(\d+) similar in the last minute\))?$/.exec(what);
  if (!refused) return null;
  const [, method = '', path = ''] = refused;
  const request = `${method} ${path}`;
  const route = path.split('/').slice(0, 3).join('/');
  const action = words.refusal.routes[`${method} ${route}`] ?? words.refusal.routes[route];
  const said = action ? words.refusal.tried(action, request) : words.refusal.request(request);
  return refused[3] ? said + words.refusal.similar(refused[3]) : said;
}
