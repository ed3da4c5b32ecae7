/**
 * `npm start`: builds the screen if needed, serves everything on PORT and,
 * unless MOCK=off, runs the demo feed beside the server over HTTP.
 */
import { join, resolve } from 'node:path';
import { readConfig } from './config';
import { buildScreen, screenBuildIsStale } from './screenBuild';
import { startServer } from './server';
import { startMockFeed } from '../mock/feed';
import { localTimeOfDay } from '../mock/rhythm';

const root = resolve(import.meta.dirname, '..');
const screenDir = join(root, 'dist', 'screen');

async function main(): Promise<void> {
  const config = readConfig(process.env);
  const sources = ['screen', 'common', 'assets', 'vite.config.ts'].map((p) => join(root, p));
  if (config.screen && screenBuildIsStale(join(screenDir, 'index.html'), sources)) {
    console.log('Building the screen…');
    await buildScreen(root);
  }
  const server = await startServer(config, config.screen ? { screenDir } : {});
  console.log(`Wall server on ${server.url} (data in ${config.dataDir})`);
  for (const kind of server.tokens.generated) {
    console.log(`Generated ${kind} token (kept in ${join(config.dataDir, 'tokens.json')}): ${server.tokens[kind]}`);
  }
  const mock = config.mock
    ? startMockFeed({
        url: `http://127.0.0.1:${server.port}`,
        token: server.tokens.ingest,
        rate: config.mockRate,
        // The demo plays a day in the hall from its morning, so that it is lively whenever it is started.
        startAt: localTimeOfDay(Date.now(), 9),
        log: (line) => console.log(`[demo feed] ${line}`),
      })
    : undefined;
  if (mock) console.log(`Demo feed on at ${config.mockRate} events/s (MOCK=off turns it off)`);

  const shutdown = async (signal: string) => {
    console.log(`${signal}: stopping`);
    await mock?.stop();
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
