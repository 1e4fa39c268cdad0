import { hashPassword } from '../src/admin/password-hash.js';
import { readSecret } from './read-secret.js';

export const MIN_PASSWORD_LENGTH = 12;

/**
 * Prints the ADMIN_PASSWORD_HASH of a password read from stdin: typed twice
 * without echo at a terminal, or piped (`printf %s "$PW" | … hash-password`).
 * The password never appears in arguments, where `ps` would show it.
 */
export async function run(argv: string[]): Promise<number> {
  if (argv.length > 0) {
    process.stderr.write(
      'usage: berinia-webhook hash-password   (the password is read from stdin, never from arguments)\n',
    );
    return 2;
  }
  const password = await readSecret('Password: ');
  if (process.stdin.isTTY && (await readSecret('Once more: ')) !== password) {
    process.stderr.write('the two passwords differ: nothing printed\n');
    return 1;
  }
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    process.stderr.write(`the password needs at least ${MIN_PASSWORD_LENGTH} characters\n`);
    return 1;
  }
  process.stdout.write(`${await hashPassword(password)}\n`);
  return 0;
}
