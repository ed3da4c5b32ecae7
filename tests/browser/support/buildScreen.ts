/** Vitest global setup for the browser tests: builds the screen once with vite's `build()` API. */
import { resolve } from 'node:path';
import { build } from 'vite';
import { TEST_SCREEN_DIR } from './paths';

export default async function setup(): Promise<void> {
  await build({
    configFile: resolve('vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: TEST_SCREEN_DIR, emptyOutDir: true },
  });
}
