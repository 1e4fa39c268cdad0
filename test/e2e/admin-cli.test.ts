import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePasswordHash, verifyPassword } from '../../src/admin/password-hash.js';
import { leads, messages } from '../../src/db/schema.js';
import { uniqueMessageSid, uniquePhone } from '../helpers/twilio-requests.js';
import { childEnv, killLeftoverProcesses, runToEnd } from './helpers/processes.js';
import { createServerStorage, readStorage, type ServerStorage } from './helpers/server-storage.js';

const SCENARIO_TIMEOUT_MS = 90_000;
const cli = (args: string[], settings: Record<string, string>, input?: string) =>
  runToEnd(process.execPath, ['bin/berinia-webhook.js', ...args], { env: childEnv(settings), input });

const storages: ServerStorage[] = [];
afterAll(async () => {
  await killLeftoverProcesses();
  await Promise.all(storages.map((storage) => storage.dispose()));
});

describe('berinia-webhook hash-password', () => {
  it('when a password is piped in, then one line comes out: a hash that verifies it, with the password nowhere', async () => {
    const password = 'un mot de passe assez long';
    const result = await cli(['hash-password'], {}, `${password}\n`);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+\n$/);
    expect(result.stdout + result.stderr).not.toContain(password);
    const stored = parsePasswordHash(result.stdout.trim());
    expect(stored).not.toBeNull();
    expect(await verifyPassword(password, stored!)).toBe(true);
    expect(await verifyPassword(`${password}\n`, stored!)).toBe(false);
  });

  it('when the password is short or given as an argument, then no hash is printed', async () => {
    const short = await cli(['hash-password'], {}, 'court\n');
    expect(short.code).toBe(1);
    expect(short.stdout).toBe('');
    expect(short.stderr).toContain('at least 12 characters');
    const argument = await cli(['hash-password', 'a-password-in-argv'], {});
    expect(argument.code).toBe(2);
    expect(argument.stdout).toBe('');
  });
});

describe('berinia-webhook import-leads', () => {
  it(
    'when a file is imported twice, then the second run changes nothing, and bad rows are listed by line with exit status 1',
    async () => {
      const storage = await createServerStorage('embedded');
      storages.push(storage);
      const [a, b] = [uniquePhone(), uniquePhone()];
      const sid = uniqueMessageSid();
      const good = path.join(storage.dataDir, 'leads.csv');
      await writeFile(
        good,
        `name,phone,campaign,message,sent_at,message_sid\nAnne,${a},C1,Bonjour,2026-04-01T10:00:00+02:00,${sid}\nBasile,${b},C1,,,\n`,
      );
      const settings = { ...storage.env, LOG_LEVEL: 'silent', TWILIO_PHONE_NUMBER: '+33700000001' };

      const first = await cli(['import-leads', good], settings);
      const second = await cli(['import-leads', good], settings);

      expect(first).toMatchObject({ code: 0, stderr: '' });
      expect(first.stdout).toContain('leads 2 created, 0 updated, 0 unchanged; outbound messages 1 created');
      expect(second).toMatchObject({ code: 0, stderr: '' });
      expect(second.stdout).toContain(
        'leads 0 created, 0 updated, 2 unchanged; outbound messages 0 created, 1 already there',
      );

      const bad = path.join(storage.dataDir, 'bad.csv');
      await writeFile(bad, `phone,email\n${uniquePhone()},ok@example.com\n12,\n`);
      const partly = await cli(['import-leads', bad], settings);
      expect(partly.code).toBe(1);
      expect(partly.stdout).toContain('leads 1 created');
      expect(partly.stderr).toBe(`${bad}:3: phone "12" is not a valid phone number\n`);

      const missing = await cli(['import-leads', path.join(storage.dataDir, 'nope.csv')], settings);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('cannot read');

      const stored = await readStorage(storage, async ({ db }) => {
        const [lead] = await db.select().from(leads).where(eq(leads.phoneE164, a));
        const sent = await db.select().from(messages).where(eq(messages.messageSid, sid));
        return { lead, sent };
      });
      expect(stored.lead).toMatchObject({ name: 'Anne', campaignId: 'C1', status: 'contacted', source: 'import' });
      expect(stored.sent).toMatchObject([{ direction: 'outbound', fromNumber: '+33700000001', body: 'Bonjour' }]);
    },
    SCENARIO_TIMEOUT_MS,
  );
});
