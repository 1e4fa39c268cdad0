import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { DatabaseHandle } from '../src/db/database.js';

export const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/test';

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the server adminUrl points at; returns its URL. */
export async function createBenchDatabase(adminUrl: string): Promise<string> {
  const name = `bw_bench_${randomBytes(6).toString('hex')}`;
  await withClient(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropBenchDatabase(adminUrl: string, url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!/^bw_bench_[0-9a-f]+$/.test(name)) throw new Error(`refusing to drop ${name}: not a benchmark database`);
  await withClient(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
}

/**
 * Counts until the number stops moving: requests the load generator gave up
 * on at the end of a run may still be committing on the server.
 */
export async function settledCount(count: () => Promise<number>, deadlineMs = 10_000): Promise<number> {
  const deadline = Date.now() + deadlineMs;
  let previous = await count();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const current = await count();
    if (current === previous || Date.now() > deadline) return current;
    previous = current;
  }
}

export async function serverFacts(adminUrl: string): Promise<Record<string, string>> {
  return withClient(adminUrl, async (client) => {
    const facts: Record<string, string> = {};
    for (const setting of ['server_version', 'synchronous_commit', 'fsync', 'shared_buffers', 'max_connections']) {
      const result = await client.query<Record<string, string>>(`show ${setting}`);
      facts[setting] = Object.values(result.rows[0] ?? {})[0] ?? '';
    }
    return facts;
  });
}

export interface SeedSpec {
  /** Leads imported before the campaign, each with one outbound message of it. */
  phones: string[];
  campaignId: string;
}

/** The state a campaign leaves behind: imported leads, each sent one outbound SMS. */
export async function seedCampaign(handle: DatabaseHandle, spec: SeedSpec): Promise<void> {
  await handle.db.transaction(async (tx) => {
    await tx.execute(
      sql`insert into campaigns (id, name) values (${spec.campaignId}, 'Bench campaign') on conflict do nothing`,
    );
    await tx.execute(sql`
      with imported as (
        insert into leads (phone_e164, status, source, campaign_id)
        select phone, 'contacted', 'import', ${spec.campaignId}
        from jsonb_array_elements_text(${JSON.stringify(spec.phones)}::jsonb) as phone
        on conflict (phone_e164) do nothing
        returning id, phone_e164
      )
      insert into messages (lead_id, campaign_id, direction, channel, from_number, to_number, body, received_at)
      select id, ${spec.campaignId}, 'outbound', 'sms', '+33900000000', phone_e164,
             'Bonjour, nous refaisons les sites des artisans. Intéressé ? STOP au 36173', now() - interval '2 days'
      from imported`);
  });
}

/** Inbound messages stored whose MessageSid starts with sidPrefix. */
export async function countInbound(handle: DatabaseHandle, sidPrefix: string): Promise<number> {
  const result = (await handle.db.execute(
    sql`select count(*)::int as count from messages where direction = 'inbound' and message_sid like ${`${sidPrefix}%`}`,
  )) as unknown as { rows: { count: number }[] };
  return Number(result.rows[0]?.count ?? 0);
}

/** Rows the ceiling server stored for requests whose MessageSid starts with sidPrefix. */
export async function countCeilingRows(url: string, sidPrefix: string): Promise<number> {
  return withClient(url, async (client) => {
    const result = await client.query<{ count: number }>(
      'select count(*)::int as count from ceiling_messages where body like $1',
      [`%MessageSid=${sidPrefix}%`],
    );
    return Number(result.rows[0]?.count ?? 0);
  });
}
