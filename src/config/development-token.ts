import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const DEVELOPMENT_TOKEN_FILE = 'twilio-dev-auth-token';

/**
 * Development only: a random token kept in DATA_DIR, so the server and the
 * `simulate-sms` command agree on a secret without anyone inventing a weak one.
 */
export function readOrCreateDevelopmentToken(dataDir: string): { token: string; created: boolean; file: string } {
  const file = path.join(dataDir, DEVELOPMENT_TOKEN_FILE);
  let exists = false;
  try {
    const token = readFileSync(file, 'utf8').trim();
    if (token) return { token, created: false, file };
    exists = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  const token = randomBytes(24).toString('hex');
  try {
    // 'wx' so that two processes starting together keep one token; an empty file is replaced.
    writeFileSync(file, `${token}\n`, { mode: 0o600, flag: exists ? 'w' : 'wx' });
    return { token, created: true, file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { token: readFileSync(file, 'utf8').trim(), created: false, file };
  }
}
