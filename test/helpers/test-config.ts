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
    ...overrides,
  });
  if (!loaded.ok) throw new Error(`test config invalid: ${loaded.errors.join('; ')}`);
  return loaded.config;
}
