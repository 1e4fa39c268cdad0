import { describe, expect, it } from 'vitest';
import { hashPassword, parsePasswordHash, verifyPassword } from '../../src/admin/password-hash.js';

const CHEAP = { N: 2 ** 14, r: 8, p: 1 };

describe('admin password hashes (scrypt)', () => {
  it('when a password is hashed, then the hash names its parameters and only that password verifies', async () => {
    const encoded = await hashPassword('correct horse battery staple', CHEAP);

    expect(encoded).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    const stored = parsePasswordHash(encoded);
    expect(stored).not.toBeNull();
    expect(await verifyPassword('correct horse battery staple', stored!)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', stored!)).toBe(false);
    expect(await verifyPassword('', stored!)).toBe(false);
  });

  it('when the same password is hashed twice, then the salts differ and so do the hashes', async () => {
    expect(await hashPassword('same password here', CHEAP)).not.toBe(await hashPassword('same password here', CHEAP));
  });

  it('when a composed and a decomposed accent are typed, then they are the same password', async () => {
    const stored = parsePasswordHash(await hashPassword('mot de passe été', CHEAP))!;
    expect(await verifyPassword('mot de passe e\u0301te\u0301', stored)).toBe(true);
  });

  it('when the text is not a hash, or its cost is too low, then it is refused', () => {
    const salt = 'A'.repeat(22);
    const hash = 'B'.repeat(43);
    for (const encoded of [
      '',
      'correct horse battery staple',
      `bcrypt$16384$8$1$${salt}$${hash}`,
      `scrypt$1024$8$1$${salt}$${hash}`,
      `scrypt$20000$8$1$${salt}$${hash}`,
      `scrypt$16384$0$1$${salt}$${hash}`,
      `scrypt$16384$8$1$short$${hash}`,
      `scrypt$16384$8$1$${salt}$short`,
      `scrypt$16384$8$1$${salt}$${hash}$extra`,
    ]) {
      expect(parsePasswordHash(encoded), encoded).toBeNull();
    }
    expect(parsePasswordHash(`scrypt$16384$8$1$${salt}$${hash}`)).not.toBeNull();
  });
});
