import { loadConfig, type AppConfig } from '../../src/config/load-config.js';

export const TEST_AUTH_TOKEN = 'test-auth-token-0123456789abcdef';
export const TEST_ACCOUNT_SID = 'AC' + '0'.repeat(31) + '1';

/** Settings as a test wants them, through the real loader so they are valid by construction. */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  const loaded = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN,
    DATA_DIR: '/tmp/berinia-webhook-test-unused',
    // The test process holds several PGlite heaps: its RSS says nothing about the app under test.
    PRESSURE_MAX_RSS_MB: '0',
    // Test workers compile PGlite's WebAssembly on the same event loop; the backpressure test sets its own limit.
    PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0',
    ...overrides,
  });
  if (!loaded.ok) throw new Error(`test config invalid: ${loaded.errors.join('; ')}`);
  return loaded.config;
}
