/** What every bad-input test checks: the answer is a refusal and the wall's state is as it was. */
import { expect } from 'vitest';
import type { Snapshot } from '../../common/protocol';
import { getJson, type TestServer } from '../support/server';

/** The part of the state a bad input must not touch. */
export interface StateMark {
  seq: number;
  values: Snapshot['values'];
  breakdowns: Snapshot['breakdowns'];
}

/** Reads the state a bad input must leave alone. */
export async function markState(server: Pick<TestServer, 'url'>): Promise<StateMark> {
  const { seq, values, breakdowns } = await getJson<Snapshot>(server, '/api/snapshot');
  return { seq, values, breakdowns };
}

/** Fails unless the server still answers and its state equals `mark`. */
export async function expectUnchanged(server: Pick<TestServer, 'url'>, mark: StateMark): Promise<void> {
  expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  expect(await markState(server)).toEqual(mark);
}

/** Posts a raw body with the right token, so that only the body is at fault. */
export function postRaw(
  server: Pick<TestServer, 'url' | 'ingestToken'>,
  body: string | Uint8Array<ArrayBuffer>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${server.url}/api/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.ingestToken}`, ...headers },
    body,
  });
}
