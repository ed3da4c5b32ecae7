import { resolve } from 'node:path';

/**
 * Where the browser tests' build of the screen goes: apart from dist/screen,
 * which a running `npm start` may be serving, and outside any dot-folder,
 * since `res.sendFile` refuses paths through one.
 */
export const TEST_SCREEN_DIR = resolve('dist/screen-test');

/** Where the tests' screenshots go (git-ignored); look at them after a run. */
export const SCREENSHOT_DIR = resolve('.artifacts/screenshots');
