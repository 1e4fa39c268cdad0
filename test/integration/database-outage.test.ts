import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runMigrations } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/db/open-database.js';
import { interpretations, messages } from '../../src/db/schema.js';
import { buildApp } from '../../webhook/app.js';
import { captureLogs, type CapturedLogs } from '../helpers/log-capture.js';
import { TcpProxy, throughProxy } from '../helpers/tcp-proxy.js';
import { testConfig } from '../helpers/test-config.js';
import { createPostgresDatabase, dropPostgresDatabase } from '../helpers/test-database.js';
import { PUBLIC_BASE_URL, signedForm, smsParams, uniquePhone } from '../helpers/twilio-requests.js';
import { waitFor } from '../helpers/wait-for.js';

// The outage is made with a TCP proxy in front of the real PostgreSQL; PGlite has no network to cut.
describe.runIf(inject('postgresUrl') !== null)('when PostgreSQL becomes unreachable', () => {
  let app: FastifyInstance;
  let logs: CapturedLogs;
  let proxy: TcpProxy;
  let databaseUrl: string;
  let dataDir: string;
  let direct: Awaited<ReturnType<typeof openDatabase>>;

  beforeAll(async () => {
    databaseUrl = await createPostgresDatabase();
    const target = new URL(databaseUrl);
    proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    await proxy.start();
    const handle = await openDatabase({ kind: 'postgres', url: throughProxy(databaseUrl, proxy.port), poolSize: 4 });
    await runMigrations(handle);
    direct = await openDatabase({ kind: 'postgres', url: databaseUrl, poolSize: 2 });
    dataDir = mkdtempSync(path.join(tmpdir(), 'bw-outage-'));
    logs = captureLogs();
    app = await buildApp({
      config: testConfig({ PUBLIC_BASE_URL, DATA_DIR: dataDir }),
      database: handle,
      logger: logs.logger,
    });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await proxy?.stop();
    await direct?.close();
    if (databaseUrl) await dropPostgresDatabase(databaseUrl);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const post = (form: { payload: string; headers: Record<string, string> }) =>
    app.inject({ method: 'POST', url: '/webhook/sms-response', payload: form.payload, headers: form.headers });
  const storedCount = async (sid: string) =>
    (await direct.db.select().from(messages).where(eq(messages.messageSid, sid))).length;

  it('then messages are spooled and acknowledged, readiness says degraded, and once it is back each is stored exactly once and interpreted', async () => {
    await proxy.cut();
    const sent = [
      smsParams({ from: uniquePhone(), body: "Oui ça m'intéresse" }),
      smsParams({ from: uniquePhone(), body: 'STOP' }),
      smsParams({ from: uniquePhone(), body: 'rappelez moi demain 10h' }),
    ];
    for (const params of sent) {
      const response = await post(signedForm(params));
      expect(response.statusCode).toBe(200);
      // STOP is confirmed from its words alone, with no database; the others get no answer.
      const confirmed = /^<\?xml[^>]*><Response><Message>[^<]+<\/Message><\/Response>$/;
      expect(response.body).toMatch(params.Body === 'STOP' ? confirmed : /^<\?xml[^>]*><Response\/>$/);
    }
    const spooled = logs.lines.filter((line) => line.event === 'spool.appended');
    expect(spooled.map((line) => line.messageSid)).toEqual(sent.map((params) => params.MessageSid));
    expect(spooled.every((line) => line.level === 'warn')).toBe(true);

    const degraded = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(degraded.statusCode).toBe(200);
    expect(degraded.json()).toMatchObject({
      status: 'degraded',
      database: 'unreachable',
      spool: { depth: 3, writable: true },
    });

    // Twilio retries one of them while the database is still away: it is spooled again, replay keeps one.
    expect((await post(signedForm(sent[0]!))).statusCode).toBe(200);

    await proxy.restore();
    for (const params of sent) {
      await waitFor(async () => (await storedCount(params.MessageSid)) === 1 || undefined, {
        what: `message ${params.MessageSid} replayed`,
        timeoutMs: 20_000,
      });
    }
    const [optOut] = await direct.db
      .select({ intent: interpretations.intent })
      .from(interpretations)
      .innerJoin(messages, eq(messages.id, interpretations.messageId))
      .where(eq(messages.messageSid, sent[1]!.MessageSid));
    expect(optOut?.intent).toBe('opt_out');
    for (const params of sent) expect(await storedCount(params.MessageSid)).toBe(1);

    const ready = await waitFor(
      async () => {
        const response = await app.inject({ method: 'GET', url: '/health/ready' });
        return response.json().spool.depth === 0 ? response : undefined;
      },
      { what: 'an empty spool' },
    );
    expect(ready.json()).toMatchObject({ status: 'ready', database: 'ok' });
    await waitFor(() => logs.lines.some((line) => line.event === 'spool.replayed'), { what: 'spool.replayed logged' });
    for (const params of sent) expect(logs.text()).not.toContain(params.From);
  });

  it('then, if the spool cannot be written either, the answer is a 503 with Retry-After and no promise is made', async () => {
    await proxy.cut();
    const spoolDir = path.join(dataDir, 'spool');
    rmSync(spoolDir, { recursive: true, force: true });
    // A file where the directory should be: every write in it fails, even as root.
    writeFileSync(spoolDir, 'not a directory');
    try {
      const params = smsParams({ body: 'oui' });
      const response = await post(signedForm(params));
      expect(response.statusCode).toBe(503);
      expect(response.headers['retry-after']).toBe('30');
      expect(logs.lines.find((line) => line.event === 'spool.failed')).toMatchObject({ level: 'error' });
      const ready = await app.inject({ method: 'GET', url: '/health/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ status: 'unavailable' });
    } finally {
      rmSync(spoolDir, { force: true });
      await proxy.restore();
    }
  });
});
