import { randomBytes } from 'node:crypto';
import pg from 'pg';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPostgresDatabase, dropPostgresDatabase } from '../helpers/test-database.js';
import { smsParams, uniquePhone } from '../helpers/twilio-requests.js';
import { killLeftoverProcesses } from './helpers/processes.js';
import { postForm, startWebhookServer, type WebhookServer } from './helpers/webhook-server.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

afterAll(killLeftoverProcesses);

// Two server processes on one PostgreSQL, as with a fallback URL or two hosts behind one name.
describe.runIf(inject('postgresUrl') !== null)('two server processes on one PostgreSQL', () => {
  const token = randomBytes(24).toString('hex');
  let databaseUrl: string;
  let servers: WebhookServer[] = [];
  const dataDirs: string[] = [];
  let client: pg.Client;

  beforeAll(async () => {
    databaseUrl = await createPostgresDatabase();
    servers = await Promise.all(
      [0, 1].map(() => {
        const dataDir = mkdtempSync(path.join(tmpdir(), 'bw-two-'));
        dataDirs.push(dataDir);
        return startWebhookServer({
          NODE_ENV: 'production',
          LOG_LEVEL: 'warn',
          TWILIO_AUTH_TOKEN: token,
          DATABASE_URL: databaseUrl,
          DATA_DIR: dataDir,
        });
      }),
    );
    client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
  }, 120_000);

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop().catch(() => server.kill())));
    await client?.end();
    if (databaseUrl) await dropPostgresDatabase(databaseUrl);
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  const send = (server: WebhookServer, params: Record<string, string>) =>
    postForm(server.smsUrl, params, twilio.getExpectedTwilioSignature(token, server.smsUrl, params));

  it('when the same MessageSid reaches both at the same moment, then one message, one interpretation and one lead are stored, and both answer 200 alike', async () => {
    const deliveries = Array.from({ length: 30 }, (_, index) =>
      smsParams({ from: uniquePhone(), body: index % 3 === 0 ? 'STOP' : "Oui ça m'intéresse" }),
    );
    const answers = await Promise.all(
      deliveries.map(async (params) => Promise.all(servers.map((server) => send(server, params)))),
    );
    for (const [first, second] of answers) {
      expect(first?.status).toBe(200);
      expect(second?.status).toBe(200);
      expect(second?.body).toBe(first?.body);
    }
    const sids = deliveries.map((params) => params.MessageSid);
    const { rows } = await client.query<{ message_sid: string; messages: string; interpretations: string }>(
      `select m.message_sid, count(distinct m.id) as messages, count(i.id) as interpretations
       from messages m left join interpretations i on i.message_id = m.id
       where m.message_sid = any($1) group by m.message_sid`,
      [sids],
    );
    expect(rows).toHaveLength(deliveries.length);
    expect(rows.every((row) => row.messages === '1' && row.interpretations === '1')).toBe(true);
    const leads = await client.query('select count(*)::int as count from leads where phone_e164 = any($1)', [
      deliveries.map((params) => params.From),
    ]);
    expect(leads.rows[0].count).toBe(deliveries.length);
  });

  it('when a new number sends two different messages at the same moment, one to each, then there is one lead with both messages', async () => {
    const phones = Array.from({ length: 20 }, () => uniquePhone());
    const answers = await Promise.all(
      phones.flatMap((phone) => [
        send(servers[0]!, smsParams({ from: phone, body: 'c quoi vos tarifs ?' })),
        send(servers[1]!, smsParams({ from: phone, body: 'rappelez moi demain 10h' })),
      ]),
    );
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    const { rows } = await client.query<{ phone_e164: string; messages: number }>(
      `select l.phone_e164, count(m.id)::int as messages from leads l join messages m on m.lead_id = l.id
       where l.phone_e164 = any($1) group by l.phone_e164`,
      [phones],
    );
    expect(rows).toHaveLength(phones.length);
    expect(rows.every((row) => row.messages === 2)).toBe(true);
  });
});
