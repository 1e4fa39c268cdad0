import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.js';
import { interpretationSchema } from '../../src/domain/interpretation.js';
import { databaseKinds } from '../helpers/test-database.js';
import { expectMaskedPhone } from './helpers/log-expectations.js';
import { childEnv, killLeftoverProcesses, PROJECT_ROOT, runToEnd } from './helpers/processes.js';
import { createServerStorage, readStorage, tempDir } from './helpers/server-storage.js';
import { startWebhookServer } from './helpers/webhook-server.js';

const SCENARIO_TIMEOUT_MS = 90_000;
const cli = (args: string[], settings: Record<string, string>) =>
  runToEnd(process.execPath, ['bin/berinia-webhook.js', ...args], { env: childEnv(settings) });

const directories: string[] = [];
async function freshDir(): Promise<string> {
  const directory = await tempDir();
  directories.push(directory);
  return directory;
}

afterAll(async () => {
  await killLeftoverProcesses();
  await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
});

describe('npm run --silent interpret', () => {
  const interpret = (input: string) => runToEnd('npm', ['run', '--silent', 'interpret'], { env: childEnv({}), input });

  it('when three JSON lines come in on stdin, then exactly three JSON lines come out, each with its id and the whole interpretation contract', async () => {
    const input = [
      { id: 'a-1', text: "Oui ça m'intéresse, envoyez moi l'offre" },
      { id: 42, text: 'rappelez moi demain 14h' },
      { id: 'c-3', text: 'STOP' },
    ];

    const result = await interpret(input.map((line) => JSON.stringify(line)).join('\n') + '\n');

    expect(result.code).toBe(0);
    expect(result.stdout.endsWith('\n')).toBe(true);
    const lines = result.stdout.slice(0, -1).split('\n');
    expect(lines).toHaveLength(3);
    const outputs = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(outputs.map((output) => output.id)).toEqual(['a-1', 42, 'c-3']);
    for (const output of outputs) {
      const { id, ...rest } = output;
      expect(id).toBeDefined();
      // strict(): every field of the contract is there, and nothing beside it.
      expect(() => interpretationSchema.strict().parse(rest)).not.toThrow();
    }
    expect(outputs.map((output) => output.intent)).toEqual(['interested', 'callback', 'opt_out']);
    expect(outputs[2]).toMatchObject({ do_not_contact: true, action: { type: 'blacklist' } });
  });

  it('when a line is not JSON, then that line gets an error line, the others their interpretation, and the exit status is 1', async () => {
    const result = await interpret(`{"id":1,"text":"oui"}\nnot json\n{"id":3,"text":"non merci"}\n`);

    expect(result.code).toBe(1);
    const outputs = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(outputs).toHaveLength(3);
    expect(outputs[1]).toEqual({ id: null, line: 2, error: 'invalid JSON' });
    expect(outputs[0]).toMatchObject({ id: 1, intent: expect.any(String) });
    expect(outputs[2]).toMatchObject({ id: 3, intent: 'not_interested' });
  });
});

describe('berinia-webhook simulate-sms', () => {
  it(
    'when it posts to a development server sharing its DATA_DIR, then it prints HTTP 200, the TwiML and the stored interpretation of a callback',
    async () => {
      const dataDir = await freshDir();
      const server = await startWebhookServer({ NODE_ENV: 'development', LOG_LEVEL: 'info', DATA_DIR: dataDir });
      try {
        const result = await cli(['simulate-sms', '--from', '06 12 34 56 78', '--body', 'rappelez moi demain 14h'], {
          NODE_ENV: 'development',
          DATA_DIR: dataDir,
          PORT: String(server.port),
          HOST: '127.0.0.1',
        });

        expect(result.code).toBe(0);
        expect(result.stdout).toContain('HTTP 200');
        expect(result.stdout).toContain('<Response');
        const document = JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as {
          messageSid: string;
          leadStatus: string;
          interpretation: { intent: string };
        };
        expect(document.interpretation.intent).toBe('callback');
        expect(document.leadStatus).toBe('callback_requested');
        expect(() => interpretationSchema.parse(document.interpretation)).not.toThrow();

        // The server's side of the same exchange: received, from the normalised and masked number.
        const logged = await server.waitForLog(
          'sms.received',
          (line) => line.event === 'sms.received' && line.messageSid === document.messageSid,
        );
        expect(logged).toMatchObject({ statusCode: 200, intent: 'callback' });
        expectMaskedPhone(logged.from, '+33612345678');
        await server.waitForLog(
          'internal.message_read',
          (line) => line.event === 'internal.message_read' && line.messageSid === document.messageSid,
        );

        expect(await server.stop()).toEqual({ code: 0, signal: null });
        expect(server.process.stdout).not.toContain('612345678');
        expect(server.process.stdout).not.toContain('rappelez moi');
      } finally {
        server.kill();
      }
    },
    SCENARIO_TIMEOUT_MS,
  );
});

describe.each(databaseKinds())('berinia-webhook migrate on the %s database', (kind) => {
  const tableNames = async (handle: DatabaseHandle) => {
    const result = (await handle.db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    )) as unknown as { rows: { table_name: string }[] };
    return result.rows.map((row) => row.table_name);
  };

  /** As many as drizzle-kit wrote into its journal: each applied once, however often migrate runs. */
  const migrationCount = () =>
    (
      JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'migrations/meta/_journal.json'), 'utf8')) as {
        entries: unknown[];
      }
    ).entries.length;

  it(
    'when it runs on a fresh database, then the tables exist and every migration is recorded once, even when it runs twice',
    async () => {
      const storage = await createServerStorage(kind);
      try {
        const first = await cli(['migrate'], storage.env);
        expect(first.code).toBe(0);
        const where =
          kind === 'embedded'
            ? `embedded PostgreSQL (PGlite) in ${path.join(storage.dataDir, 'pglite')}`
            : 'PostgreSQL 127.0.0.1:5432/';
        expect(first.stdout).toContain(`migrations applied to ${where}`);

        const second = await cli(['migrate'], storage.env);
        expect(second.code).toBe(0);

        const tables = await readStorage(storage, tableNames);
        expect(tables).toEqual(expect.arrayContaining(['campaigns', 'interpretations', 'leads', 'messages']));
        const applied = await readStorage(storage, async (handle) => {
          const result = (await handle.db.execute(
            sql`select count(*)::int as count from drizzle.__drizzle_migrations`,
          )) as unknown as {
            rows: { count: number }[];
          };
          return result.rows[0]?.count;
        });
        expect(applied).toBe(migrationCount());
      } finally {
        await storage.dispose();
      }
    },
    SCENARIO_TIMEOUT_MS,
  );
});
