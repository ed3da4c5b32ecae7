import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  root: 'screen',
  base: '/',
  plugins: [vue()],
  build: {
    outDir: '../dist/screen',
    emptyOutDir: true,
    // Fonts stay separate files: inlined as base64 they would bloat the CSS every screen must parse before its first figure.
    assetsInlineLimit: (file: string) => (/\.(woff2?|ttf|otf)$/.test(file) ? false : undefined),
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/socket.io': { target: 'ws://localhost:3000', ws: true },
    },
  },
  test: {
    root: '.',
    environment: 'node',
    // Safety nets against a hung test, not budgets: drills start servers as child processes, which a loaded 2-core machine starts slowly.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A failed layout check lists every offender: never cut a message short.
    chaiConfig: { truncateThreshold: 0 },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/browser/**', '**/node_modules/**'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // Builds the screen once, and only when browser tests run.
          globalSetup: ['tests/browser/support/buildScreen.ts'],
          // Each file drives its own Chromium; two at once is what a small CI machine can take.
          maxWorkers: 2,
          // After the unit tests, which keep the default worker count.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
