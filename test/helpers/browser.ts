import { existsSync } from 'node:fs';

/** Debian's Chromium (`apt-get install chromium`): the browser tests drive it, never a downloaded build. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export const BROWSER_TEST_FILES = ['test/e2e/admin-browser.test.ts'];

/**
 * Whether the browser tests run. In CI they must (a missing Chromium fails
 * them); on a machine without Chromium they are left out, and we say so.
 */
export function browserTestsIncluded(env: NodeJS.ProcessEnv = process.env): boolean {
  if (existsSync(CHROMIUM_PATH) || env.CI === 'true') return true;
  process.stderr.write(
    `\n[berinia-webhook tests] ${CHROMIUM_PATH} is missing: the browser test (${BROWSER_TEST_FILES.join(', ')}) ` +
      'did not run. `apt-get install chromium` to run it; CI runs it.\n\n',
  );
  return false;
}
