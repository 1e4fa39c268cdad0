import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';

const fakeToken = { readOrCreateToken: () => ({ token: 'dev-token', created: false, file: '/dev/null' }) };
const HASH = `scrypt$16384$8$1$${'A'.repeat(22)}$${'B'.repeat(43)}`;
const SECRET = 's'.repeat(32);
const TOKEN = 't'.repeat(32);

function load(env: Record<string, string>) {
  return loadConfig({ TWILIO_AUTH_TOKEN: 'token', ...env }, fakeToken);
}

describe('operator view settings', () => {
  it('when no admin setting is given, then the operator view is off', () => {
    const loaded = load({ ADMIN_USER: 'someone', ADMIN_SESSION_SECRET: SECRET });
    expect(loaded.ok && loaded.config.admin).toBeUndefined();
  });

  it('when the hash, the secret and the token are set, then they are all there, and the user defaults to admin', () => {
    const loaded = load({ ADMIN_PASSWORD_HASH: HASH, ADMIN_SESSION_SECRET: SECRET, ADMIN_API_TOKEN: TOKEN });
    expect(loaded.ok && loaded.config.admin).toEqual({
      user: 'admin',
      passwordHash: HASH,
      sessionSecret: SECRET,
      apiToken: TOKEN,
    });
  });

  it('when the token is short, the hash malformed and the secret missing, then each is one line and none quotes a secret', () => {
    const loaded = load({ ADMIN_PASSWORD_HASH: 'hunter2-in-clear', ADMIN_API_TOKEN: 'short-token' });
    expect(loaded.ok).toBe(false);
    const errors = loaded.ok ? [] : loaded.errors;
    expect(errors).toEqual([
      'ADMIN_API_TOKEN: expected at least 32 characters',
      'ADMIN_PASSWORD_HASH: expected scrypt$N$r$p$salt$hash as printed by `berinia-webhook hash-password`',
      'ADMIN_SESSION_SECRET: required when ADMIN_PASSWORD_HASH is set (at least 32 random characters)',
    ]);
    expect(errors.join('\n')).not.toMatch(/hunter2|short-token/);
  });

  it('when the session secret is short or the user name has a space, then the start is refused', () => {
    const loaded = load({ ADMIN_PASSWORD_HASH: HASH, ADMIN_SESSION_SECRET: 'short', ADMIN_USER: 'the boss' });
    expect(loaded.ok ? [] : loaded.errors.map((line) => line.split(':')[0])).toEqual(
      expect.arrayContaining(['ADMIN_SESSION_SECRET', 'ADMIN_USER']),
    );
  });
});
