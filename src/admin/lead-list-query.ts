import { and, desc, eq, gte, ilike, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { CountryCode } from 'libphonenumber-js';
import type { Executor } from '../db/database.js';
import { interpretations, leads, messages } from '../db/schema.js';
import { toE164 } from '../phone.js';
import { dayStart, decodeCursor, encodeCursor, type LeadCursor, type LeadFilters } from './lead-filters.js';

export interface LeadListRow {
  id: number;
  phoneE164: string;
  name: string | null;
  company: string | null;
  email: string | null;
  status: string;
  doNotContact: boolean;
  optedOutAt: Date | null;
  source: string;
  campaignId: string | null;
  createdAt: Date;
  lastInboundAt: Date | null;
  lastIntent: string | null;
  lastConfidence: number | null;
  lastBody: string | null;
}

export interface LeadPage {
  leads: LeadListRow[];
  /** Where the next page starts; null on the last page. */
  nextCursor: string | null;
}

/** The interpretation of each lead's last reply, found through messages_lead_direction_received_idx. */
function lastReply(executor: Executor) {
  return executor
    .select({
      intent: interpretations.intent,
      confidence: interpretations.confidence,
      body: messages.body,
    })
    .from(messages)
    .innerJoin(interpretations, eq(interpretations.messageId, messages.id))
    .where(and(eq(messages.leadId, leads.id), eq(messages.direction, 'inbound')))
    .orderBy(desc(messages.receivedAt), desc(messages.id))
    .limit(1)
    .as('last_reply');
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** A name, a company, or a number as people type it: "06 12 34", "+336…", the last digits. */
function searchCondition(q: string, region: CountryCode): SQL | undefined {
  const pattern = `%${escapeLike(q)}%`;
  const conditions: (SQL | undefined)[] = [ilike(leads.name, pattern), ilike(leads.company, pattern)];
  const e164 = toE164(q, region);
  if (e164) conditions.push(eq(leads.phoneE164, e164));
  const digits = q.replace(/[\s.()-]/g, '');
  if (/^\+?\d{3,}$/.test(digits)) {
    // A national number typed with its leading 0: compare what follows it.
    const tail = digits.replace(/^\+/, '').replace(/^0/, '');
    conditions.push(sql`${leads.phoneE164} like ${`%${tail}%`}`);
  }
  return or(...conditions);
}

function afterCursor(cursor: LeadCursor): SQL | undefined {
  if (cursor.lastInboundAt === null) return and(isNull(leads.lastInboundAt), lt(leads.id, cursor.id));
  return or(
    lt(leads.lastInboundAt, cursor.lastInboundAt),
    and(eq(leads.lastInboundAt, cursor.lastInboundAt), lt(leads.id, cursor.id)),
    isNull(leads.lastInboundAt),
  );
}

/**
 * One page of leads, most recent reply first and never-replied last, by
 * keyset (last reply, id): a page costs the same at the end of the list as
 * at its start, with no count of what comes before.
 */
export async function findLeadPage(
  executor: Executor,
  filters: LeadFilters,
  region: CountryCode,
): Promise<LeadPage | null> {
  const cursor = filters.cursor === undefined ? undefined : decodeCursor(filters.cursor);
  if (cursor === null) return null;
  const last = lastReply(executor);
  const conditions: (SQL | undefined)[] = [
    filters.status ? eq(leads.status, filters.status) : undefined,
    filters.intent.length > 0 ? inArray(last.intent, filters.intent) : undefined,
    filters.dnc ? eq(leads.doNotContact, filters.dnc === 'yes') : undefined,
    filters.campaign ? eq(leads.campaignId, filters.campaign) : undefined,
    filters.from ? gte(leads.lastInboundAt, dayStart(filters.from)) : undefined,
    filters.to ? lt(leads.lastInboundAt, dayStart(filters.to, 1)) : undefined,
    filters.q ? searchCondition(filters.q, region) : undefined,
    cursor ? afterCursor(cursor) : undefined,
  ];
  const rows = await executor
    .select({
      id: leads.id,
      phoneE164: leads.phoneE164,
      name: leads.name,
      company: leads.company,
      email: leads.email,
      status: leads.status,
      doNotContact: leads.doNotContact,
      optedOutAt: leads.optedOutAt,
      source: leads.source,
      campaignId: leads.campaignId,
      createdAt: leads.createdAt,
      lastInboundAt: leads.lastInboundAt,
      lastIntent: last.intent,
      lastConfidence: last.confidence,
      lastBody: last.body,
    })
    .from(leads)
    .leftJoinLateral(last, sql`true`)
    .where(and(...conditions))
    .orderBy(sql`${leads.lastInboundAt} desc nulls last`, desc(leads.id))
    .limit(filters.limit + 1);
  const page = rows.slice(0, filters.limit);
  const lastRow = page.at(-1);
  const nextCursor =
    rows.length > filters.limit && lastRow
      ? encodeCursor({ lastInboundAt: lastRow.lastInboundAt, id: lastRow.id })
      : null;
  return { leads: page, nextCursor };
}
