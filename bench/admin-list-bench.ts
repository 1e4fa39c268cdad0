import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { hashPassword } from '../src/admin/password-hash.js';
import { loadConfig } from '../src/config/load-config.js';
import type { DatabaseHandle } from '../src/db/database.js';
import { runMigrations } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/open-database.js';
import { createLogger } from '../src/logger.js';
import { buildApp } from '../webhook/app.js';

/**
 * Server time of the operator's list with 10,000 leads (each with a message
 * sent and a reply interpreted), on the embedded database and, when it
 * answers, on PostgreSQL. Run with `npm run bench:admin`; LEADS and RUNS
 * override the defaults, BENCH_POSTGRES_URL the server a scratch database is made on.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LEADS = Number(process.env.LEADS ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 40);
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const TOKEN = randomBytes(24).toString('hex');

/** Leads, messages and interpretations, each table in one multi-row INSERT … SELECT. */
async function seed(handle: DatabaseHandle) {
  const { db } = handle;
  await db.execute(sql`insert into leads
      (phone_e164, name, company, status, do_not_contact, opted_out_at, source, campaign_id, last_inbound_at, created_at)
    select '+336' || lpad(g::text, 8, '0'), 'Lead ' || g, 'Company ' || (g % 700),
      (array['new','contacted','replied','interested','callback_requested','later','not_interested','wrong_person','unsubscribed'])[1 + g % 9],
      g % 9 = 8, case when g % 9 = 8 then now() - (g % 90) * interval '1 day' end,
      case when g % 10 = 0 then 'import' else 'sms_inbound' end, 'C' || (g % 20),
      case when g % 10 <> 0 then now() - (g * 7919 % 129600) * interval '1 minute' end,
      now() - interval '120 days'
    from generate_series(1, ${LEADS}) as g`);
  await db.execute(sql`insert into messages (lead_id, campaign_id, direction, from_number, to_number, body, received_at)
    select id, campaign_id, d.direction, '+33700000001', phone_e164,
      case d.direction when 'outbound' then 'Bonjour, une offre pour vous ?' else 'Reponse du lead ' || id end,
      case d.direction when 'outbound' then coalesce(last_inbound_at, now()) - interval '1 day' else last_inbound_at end
    from leads cross join (values ('outbound'), ('inbound')) as d(direction)
    where d.direction = 'outbound' or last_inbound_at is not null`);
  await db.execute(sql`insert into interpretations (message_id, intent, sentiment, interest_level, do_not_contact,
      confidence, objections, questions, key_points, entities, action, method)
    select m.id, (array['unclear','unclear','unclear','interested','callback','later','not_interested','wrong_person','opt_out'])[1 + l.id % 9],
      'neutral', 'low', l.id % 9 = 8, 0.9, '[]', '[]', '[]',
      '{"urls":[],"emails":[],"phones":[],"times":[]}', '{"type":"none","details":{}}', 'rules'
    from messages m join leads l on l.id = m.lead_id where m.direction = 'inbound'`);
  await db.execute(sql`analyze`);
}

async function timeRequests(app: FastifyInstance, url: string, headers: Record<string, string>) {
  for (let i = 0; i < 5; i += 1) await app.inject({ method: 'GET', url, headers });
  const samples: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const started = process.hrtime.bigint();
    const response = await app.inject({ method: 'GET', url, headers });
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body.slice(0, 200)}`);
    bytes = response.body.length;
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) =>
    Math.round((samples[Math.min(samples.length - 1, Math.ceil(p * samples.length) - 1)] ?? 0) * 10) / 10;
  return { url, medianMs: at(0.5), p95Ms: at(0.95), maxMs: at(1), bytes };
}

async function logIn(app: FastifyInstance, password: string): Promise<string> {
  const form = await app.inject({ method: 'GET', url: '/admin/login' });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1] ?? '';
  const cookie = form.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const response = await app.inject({
    method: 'POST',
    url: '/admin/login',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    payload: new URLSearchParams({ _csrf: csrf, user: 'admin', password }).toString(),
  });
  return response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

async function explain(handle: DatabaseHandle, query: string) {
  const result = (await handle.db.execute(
    sql.raw(`explain (analyze, costs off, timing off, summary on) ${query}`),
  )) as unknown as {
    rows: Record<string, string>[];
  };
  return result.rows.map((row) => Object.values(row)[0] ?? '');
}

async function bench(kind: 'embedded' | 'postgres', handle: DatabaseHandle) {
  await runMigrations(handle);
  const seedStarted = Date.now();
  await seed(handle);
  const seedMs = Date.now() - seedStarted;
  const password = 'bench password long enough';
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bw-bench-admin-'));
  const loaded = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    TWILIO_AUTH_TOKEN: TOKEN,
    DATA_DIR: dataDir,
    PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0',
    PRESSURE_MAX_RSS_MB: '0',
    ADMIN_PASSWORD_HASH: await hashPassword(password, { N: 2 ** 14, r: 8, p: 1 }),
    ADMIN_SESSION_SECRET: randomBytes(32).toString('hex'),
    ADMIN_API_TOKEN: TOKEN,
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  const app = await buildApp({ config: loaded.config, database: handle, logger: createLogger({ level: 'silent' }) });
  await app.ready();
  try {
    const cookie = await logIn(app, password);
    const html = { cookie };
    const api = { authorization: `Bearer ${TOKEN}` };
    const first = (await app.inject({ method: 'GET', url: '/api/leads?limit=50', headers: api })).json<{
      nextCursor: string;
    }>();
    let cursor = first.nextCursor;
    for (let page = 0; page < 150 && cursor; page += 1) {
      cursor = (await app.inject({ method: 'GET', url: `/api/leads?limit=50&cursor=${cursor}`, headers: api })).json<{
        nextCursor: string;
      }>().nextCursor;
    }
    const today = new Date().toISOString().slice(0, 10);
    const results = [
      await timeRequests(app, '/admin/leads', html),
      await timeRequests(app, '/admin/leads?intent=interested&intent=callback', html),
      await timeRequests(app, '/admin/leads?status=interested&campaign=C3', html),
      await timeRequests(app, '/admin/leads?dnc=yes', html),
      await timeRequests(app, `/admin/leads?from=${today}&to=${today}`, html),
      await timeRequests(app, '/admin/leads?q=Lead%2099', html),
      await timeRequests(app, '/admin/leads?q=0600001234', html),
      await timeRequests(app, `/admin/leads?cursor=${cursor}`, html),
      await timeRequests(app, '/api/leads', api),
      await timeRequests(app, '/admin/leads/export.csv', html),
    ];
    const lastReply = `(select i.intent from messages m join interpretations i on i.message_id = m.id
      where m.lead_id = l.id and m.direction = 'inbound' order by m.received_at desc, m.id desc limit 1)`;
    const plans = {
      firstPage: await explain(
        handle,
        `select l.id, ${lastReply} from leads l order by l.last_inbound_at desc nulls last, l.id desc limit 51`,
      ),
      hotLeads: await explain(
        handle,
        `select l.id from leads l left join lateral ${lastReply.replace('select i.intent', 'select i.intent as intent')} r(intent) on true
        where r.intent in ('interested','callback') order by l.last_inbound_at desc nulls last, l.id desc limit 51`,
      ),
    };
    return { kind, leads: LEADS, seedMs, runs: RUNS, results, plans };
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function postgresScratch(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const admin = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const name = `bw_bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

const reports = [await bench('embedded', await openDatabase({ kind: 'embedded', dataDir: '' }, { inMemory: true }))];
const scratch = await postgresScratch();
if (scratch) {
  try {
    reports.push(await bench('postgres', await openDatabase({ kind: 'postgres', url: scratch.url, poolSize: 4 })));
  } finally {
    await scratch.drop();
  }
} else {
  console.error(`PostgreSQL not reachable at ${POSTGRES_URL}: embedded database only`);
}

const output = {
  benchmark: 'operator list page, server time through app.inject',
  node: process.version,
  date: new Date().toISOString(),
  reports,
};
mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
writeFileSync(path.join(root, 'bench', 'results', 'admin-list.json'), `${JSON.stringify(output, null, 2)}\n`);
for (const report of reports) {
  console.log(`\n${report.kind}: ${report.leads} leads (seeded in ${report.seedMs} ms), ${report.runs} runs each`);
  for (const r of report.results)
    console.log(`  ${r.url.padEnd(60)} median ${r.medianMs} ms  p95 ${r.p95Ms} ms  (${r.bytes} bytes)`);
  console.log(`  plan, first page:\n    ${report.plans.firstPage.join('\n    ')}`);
}
