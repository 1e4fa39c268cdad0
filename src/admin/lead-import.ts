import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/database.js';
import { campaigns, leads, messages } from '../db/schema.js';
import type { LeadStatus } from '../domain/lead.js';
import type { ImportRow, LineError } from './lead-csv.js';

export interface ImportSummary {
  rows: number;
  leads: { created: number; updated: number; unchanged: number };
  messages: { created: number; duplicates: number };
  campaigns: { created: number };
  errors: LineError[];
}

/** Imports take turns: the dedup of messages without a SID reads before it writes. */
const IMPORT_LOCK = 0x6c65_6164;
const CHUNK = 500;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let index = 0; index < items.length; index += CHUNK) out.push(items.slice(index, index + CHUNK));
  return out;
}

/** One upsert per number: when a lead is on several lines, its last non-empty value of each field wins. */
function mergeLeads(rows: ImportRow[]) {
  const byPhone = new Map<string, Omit<ImportRow, 'line' | 'outbound'> & { contacted: boolean }>();
  for (const row of rows) {
    const seen = byPhone.get(row.phoneE164);
    byPhone.set(row.phoneE164, {
      phoneE164: row.phoneE164,
      name: row.name ?? seen?.name ?? null,
      company: row.company ?? seen?.company ?? null,
      email: row.email ?? seen?.email ?? null,
      campaignId: row.campaignId ?? seen?.campaignId ?? null,
      contacted: (seen?.contacted ?? false) || row.outbound !== null,
    });
  }
  return [...byPhone.values()];
}

async function upsertLeads(tx: Executor, rows: ImportRow[], summary: ImportSummary) {
  const ids = new Map<string, number>();
  for (const chunk of chunks(mergeLeads(rows))) {
    const excluded = (column: string) => sql.raw(`excluded.${column}`);
    const written = await tx
      .insert(leads)
      .values(
        chunk.map(({ contacted, ...lead }) => {
          const status: LeadStatus = contacted ? 'contacted' : 'new';
          return { ...lead, source: 'import' as const, status };
        }),
      )
      .onConflictDoUpdate({
        target: leads.phoneE164,
        set: {
          name: sql`coalesce(${excluded('name')}, ${leads.name})`,
          company: sql`coalesce(${excluded('company')}, ${leads.company})`,
          email: sql`coalesce(${excluded('email')}, ${leads.email})`,
          campaignId: sql`coalesce(${excluded('campaign_id')}, ${leads.campaignId})`,
          // An import only ever moves a new lead to contacted; it never touches an opt-out.
          status: sql`case when ${leads.status} = 'new' then ${excluded('status')} else ${leads.status} end`,
          updatedAt: sql`now()`,
        },
        // Nothing would change: no write at all, so a second import of the same file is a no-op.
        setWhere: sql`${leads.name} is distinct from coalesce(${excluded('name')}, ${leads.name})
          or ${leads.company} is distinct from coalesce(${excluded('company')}, ${leads.company})
          or ${leads.email} is distinct from coalesce(${excluded('email')}, ${leads.email})
          or ${leads.campaignId} is distinct from coalesce(${excluded('campaign_id')}, ${leads.campaignId})
          or (${leads.status} = 'new' and ${excluded('status')} <> 'new')`,
      })
      .returning({ id: leads.id, phoneE164: leads.phoneE164, inserted: sql<boolean>`(xmax = 0)` });
    for (const row of written) {
      ids.set(row.phoneE164, row.id);
      if (row.inserted) summary.leads.created += 1;
      else summary.leads.updated += 1;
    }
    const untouched = chunk.map((lead) => lead.phoneE164).filter((phone) => !ids.has(phone));
    if (untouched.length === 0) continue;
    const existing = await tx
      .select({ id: leads.id, phoneE164: leads.phoneE164 })
      .from(leads)
      .where(inArray(leads.phoneE164, untouched));
    for (const row of existing) ids.set(row.phoneE164, row.id);
    summary.leads.unchanged += existing.length;
  }
  return ids;
}

async function insertOutbound(tx: Executor, rows: ImportRow[], ids: Map<string, number>, fromNumber: string) {
  const candidates = rows.flatMap((row) => {
    const leadId = ids.get(row.phoneE164);
    if (!row.outbound || leadId === undefined) return [];
    const { body, sentAt, messageSid } = row.outbound;
    return [{ leadId, body, sentAt, messageSid, campaignId: row.campaignId, toNumber: row.phoneE164 }];
  });
  // Without a SID, a message is the same message when lead, time and text are.
  const key = (leadId: number, at: Date, body: string) => `${leadId}\u0000${at.toISOString()}\u0000${body}`;
  const known = new Set<string>();
  for (const chunk of chunks([...new Set(candidates.filter((m) => !m.messageSid).map((m) => m.leadId))])) {
    const existing = await tx
      .select({ leadId: messages.leadId, at: messages.receivedAt, body: messages.body })
      .from(messages)
      .where(and(eq(messages.direction, 'outbound'), inArray(messages.leadId, chunk)));
    for (const row of existing) known.add(key(row.leadId, row.at, row.body));
  }
  const fresh = candidates.filter((m) => {
    if (m.messageSid) return true;
    const k = key(m.leadId, m.sentAt, m.body);
    if (known.has(k)) return false;
    known.add(k);
    return true;
  });
  let created = 0;
  for (const chunk of chunks(fresh)) {
    const inserted = await tx
      .insert(messages)
      .values(
        chunk.map((m) => ({
          leadId: m.leadId,
          campaignId: m.campaignId,
          direction: 'outbound' as const,
          channel: 'sms',
          messageSid: m.messageSid,
          fromNumber,
          toNumber: m.toNumber,
          body: m.body,
          receivedAt: m.sentAt,
        })),
      )
      // A SID already stored (an earlier import, or another lead's message) is that message: skip it.
      .onConflictDoNothing({ target: messages.messageSid })
      .returning({ id: messages.id });
    created += inserted.length;
  }
  return { created, duplicates: candidates.length - created };
}

/**
 * Loads parsed rows in one transaction: campaigns, then leads (upsert by
 * number), then the outbound messages already sent, so the listener matches
 * replies to their lead and campaign. Importing the same rows twice writes nothing.
 */
export async function importLeads(
  db: Database,
  rows: ImportRow[],
  errors: LineError[],
  options: { fromNumber: string },
): Promise<ImportSummary> {
  const summary: ImportSummary = {
    rows: rows.length + errors.length,
    leads: { created: 0, updated: 0, unchanged: 0 },
    messages: { created: 0, duplicates: 0 },
    campaigns: { created: 0 },
    errors,
  };
  if (rows.length === 0) return summary;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`);
    const campaignIds = [...new Set(rows.flatMap((row) => (row.campaignId ? [row.campaignId] : [])))];
    for (const chunk of chunks(campaignIds)) {
      const created = await tx
        .insert(campaigns)
        .values(chunk.map((id) => ({ id })))
        .onConflictDoNothing()
        .returning({ id: campaigns.id });
      summary.campaigns.created += created.length;
    }
    const ids = await upsertLeads(tx, rows, summary);
    summary.messages = await insertOutbound(tx, rows, ids, options.fromNumber);
    return summary;
  });
}
