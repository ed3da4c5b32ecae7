/**
 * The admin page's calls to the server, as the signed-in account (the
 * session cookie). A 401 on any of them means the session is over: the page
 * is told through `onSignedOut`, then the call fails as usual.
 */
import type {
  AccountInfo,
  AuditRecord,
  CreatedFeedKey,
  FeedKeyInfo,
  LedgerStatus,
  Role,
  TracedEvent,
  VerifyResult,
} from '../../common/auth';
import type { MetricId } from '../../common/metrics';
import { ApiError, requestJson, type JsonRequest } from '../components/auth/apiRequest';
import { auditPath, type AuditFilters } from './auditQuery';

/** What a PATCH of an account may change; `version` is the one the admin saw. */
export interface AccountChange {
  version: number;
  role?: Role;
  disabled?: boolean;
  password?: string;
}

/** The admin page's endpoints; `onSignedOut` is called when the server says the session is over. */
export function adminApi(onSignedOut: () => void) {
  async function call<T>(path: string, request?: JsonRequest): Promise<T> {
    try {
      return await requestJson<T>(path, request);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) onSignedOut();
      throw error;
    }
  }
  const account = (name: string) => `/api/accounts/${encodeURIComponent(name)}`;
  return {
    accounts: () => call<AccountInfo[]>('/api/accounts'),
    addAccount: (body: { name: string; role: Role; password: string }) =>
      call<AccountInfo>('/api/accounts', { method: 'POST', json: body }),
    changeAccount: (name: string, change: AccountChange) => call<AccountInfo>(account(name), { method: 'PATCH', json: change }),
    keys: () => call<FeedKeyInfo[]>('/api/keys'),
    createKey: (name: string) => call<CreatedFeedKey>('/api/keys', { method: 'POST', json: { name } }),
    revokeKey: (id: number) => call<FeedKeyInfo>(`/api/keys/${id}`, { method: 'DELETE' }),
    audit: (filters: AuditFilters) => call<AuditRecord[]>(auditPath(filters)),
    ledger: () => call<LedgerStatus>('/api/ledger'),
    verify: () => call<VerifyResult>('/api/ledger/verify', { method: 'POST' }),
    trace: (metric: MetricId, limit = 50) => call<TracedEvent[]>(`/api/ledger/events?metric=${encodeURIComponent(metric)}&limit=${limit}`),
  };
}

export type AdminApi = ReturnType<typeof adminApi>;
