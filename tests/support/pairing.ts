/** Pairs a test screen as a presenter would: the code it shows, typed into the console's API with a name and group. */
import type { TestScreen } from './screens';
import { waitFor } from './screens';
import type { TestServer } from './server';

/** POSTs a pairing; resolves to the answer. */
export function postPairing(
  server: Pick<TestServer, 'url' | 'controlToken'>,
  body: unknown,
  token = server.controlToken,
): Promise<Response> {
  return fetch(`${server.url}/api/screens/pair`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
}

/** Pairs `screen` as `name` in `group` and waits until it holds its credential. */
export async function pairScreen(
  server: Pick<TestServer, 'url' | 'controlToken'>,
  screen: TestScreen,
  name: string,
  group = 'main',
): Promise<void> {
  await waitFor(() => screen.pairingCode !== null, 15_000, `a pairing code for ${name}`);
  const answer = await postPairing(server, { code: screen.pairingCode, name, group });
  if (answer.status !== 200) throw new Error(`pairing ${name} answered ${answer.status}: ${await answer.text()}`);
  await waitFor(() => screen.device !== null, 15_000, `${name} to hold its credential`);
}
