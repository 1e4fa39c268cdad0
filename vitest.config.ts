import { configDefaults, defineConfig } from 'vitest/config';
import { BROWSER_TEST_FILES, browserTestsIncluded } from './test/helpers/browser.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...(browserTestsIncluded() ? [] : BROWSER_TEST_FILES)],
    globalSetup: ['test/helpers/global-setup.ts'],
    // PGlite boots a whole PostgreSQL in WebAssembly: seconds, not milliseconds.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
