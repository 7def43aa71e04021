import { defineConfig } from 'vitest/config';

/**
 * Two tiers. `unit` holds the pure tests (checks, evaluation, reports, model, docs, frameworks):
 * they share one module graph (`isolate: false`), which takes them from minutes of per-file import
 * time to seconds; they must not keep global state between files. `moto` holds everything that
 * talks HTTP or spawns a process (collectors against moto_server, the CLI, end to end): each file
 * is isolated, and parallelism stays modest because every file starts its own moto_server.
 */
const MOTO_TIER = [
  'tests/collect/**/*.test.ts',
  'tests/bench/sim-proxy.test.ts',
  'tests/cli/**/*.test.ts',
  'tests/e2e/**/*.test.ts',
  'tests/report/html-browser.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    maxWorkers: 3,
    // Temporary folders made through tests/temp.ts are removed after each file.
    setupFiles: ['tests/setup/cleanup.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: MOTO_TIER, isolate: false },
      },
      {
        extends: true,
        test: { name: 'moto', include: MOTO_TIER },
      },
    ],
  },
});
