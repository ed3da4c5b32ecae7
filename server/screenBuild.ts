/**
 * Builds the screen when its build is missing or older than its sources, so
 * that `npm start` on a fresh checkout serves the current screen.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/** True when `builtIndex` is missing or any source is newer than it. */
export function screenBuildIsStale(builtIndex: string, sources: readonly string[]): boolean {
  if (!existsSync(builtIndex)) return true;
  const built = statSync(builtIndex).mtimeMs;
  return sources.some((source) => newestMtime(source) > built);
}

/** Runs `vite build` with the project's config, in this process. */
export async function buildScreen(root: string): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}
