import { eq, sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Database } from '../src/db/database.js';
import { leads } from '../src/db/schema.js';
import type { LeadStatus } from '../src/domain/lead.js';
import type { InboundRecord } from './lead-store.js';

const p = (name: string) => sql.placeholder(name);

/**
 * Lead, message and interpretation written by one statement: one round trip
 * and one commit instead of BEGIN, three statements and COMMIT. A single
 * statement is atomic on its own, so nothing is lost in durability.
 *
 * A MessageSid already stored is seen before anything is written, and the
 * statement returns no row. If the same message is being stored at this very
 * moment by another request, the message insert finds the conflict only after
 * the lead was updated: the last line then divides by zero on purpose, which
 * aborts the whole statement and leaves the lead as it was (the same as the
 * ROLLBACK the transaction used to do). The lead rules are upsertLead's.
 */
const RECORD_INBOUND: SQL = sql`
with lead as (
  insert into leads (phone_e164, status, do_not_contact, opted_out_at, source, campaign_id, last_inbound_at)
  select ${p('phone')}::text, ${p('newStatus')}::text, ${p('optOut')}::boolean, ${p('optedOutAt')}::timestamptz,
         'sms_inbound', ${p('campaignId')}::text, ${p('receivedAt')}::timestamptz
  where not exists (select 1 from messages where message_sid = ${p('messageSid')}::text)
  on conflict (phone_e164) do update set
    status = case
      when ${p('optOut')}::boolean then 'unsubscribed'
      when ${p('optIn')}::boolean then coalesce(${p('proposed')}::text, 'replied')
      when leads.do_not_contact then leads.status
      when ${p('proposed')}::text is not null then ${p('proposed')}::text
      when leads.status in ('new', 'contacted') then 'replied'
      else leads.status end,
    do_not_contact = case when ${p('optOut')}::boolean then true when ${p('optIn')}::boolean then false
      else leads.do_not_contact end,
    opted_out_at = case when ${p('optOut')}::boolean then coalesce(leads.opted_out_at, excluded.opted_out_at)
      when ${p('optIn')}::boolean then null else leads.opted_out_at end,
    campaign_id = coalesce(leads.campaign_id, excluded.campaign_id),
    last_inbound_at = greatest(leads.last_inbound_at, excluded.last_inbound_at),
    updated_at = now()
  returning id, status, do_not_contact, (xmax = 0) as inserted
), message as (
  insert into messages (lead_id, campaign_id, direction, channel, message_sid, idempotency_token, from_number,
                        to_number, body, num_media, raw, reply_text, received_at)
  select id, ${p('campaignId')}::text, 'inbound', 'sms', ${p('messageSid')}::text, ${p('idempotencyToken')}::text,
         ${p('phone')}::text, ${p('to')}::text, ${p('body')}::text, ${p('numMedia')}::integer, ${p('raw')}::jsonb,
         ${p('replyText')}::text, ${p('receivedAt')}::timestamptz
  from lead
  on conflict (message_sid) do nothing
  returning id
), interpretation as (
  insert into interpretations (message_id, intent, sentiment, interest_level, do_not_contact, confidence, objections,
                               questions, key_points, entities, action, method, model)
  select id, ${p('intent')}::text, ${p('sentiment')}::text, ${p('interestLevel')}::text, ${p('doNotContact')}::boolean,
         ${p('confidence')}::real, ${p('objections')}::jsonb, ${p('questions')}::jsonb, ${p('keyPoints')}::jsonb,
         ${p('entities')}::jsonb, ${p('action')}::jsonb, ${p('method')}::text, ${p('model')}::text
  from message
  returning message_id
)
select lead.id as lead_id, lead.status, lead.do_not_contact, lead.inserted, message.id as message_id,
       1 / (message.id is not null)::integer as written
from lead left join message on true`;

/** SQLSTATE of the deliberate division above: the MessageSid was stored concurrently. */
export const CONCURRENT_DUPLICATE_SQLSTATE = '22012';

export interface RecordInboundValues {
  phone: string;
  newStatus: LeadStatus;
  optOut: boolean;
  optIn: boolean;
  optedOutAt: string | null;
  proposed: LeadStatus | null;
  campaignId: string | null;
  receivedAt: string;
  messageSid: string;
  idempotencyToken: string | null;
  to: string;
  body: string;
  numMedia: number;
  /** JSON text. */
  raw: string;
  replyText: string | null;
  intent: string;
  sentiment: string;
  interestLevel: string;
  doNotContact: boolean;
  confidence: number;
  /** JSON text, each. */
  objections: string;
  questions: string;
  keyPoints: string;
  entities: string;
  action: string;
  method: string;
  model: string | null;
}

export interface RecordInboundRow {
  lead_id: number | string | bigint;
  status: LeadStatus;
  do_not_contact: boolean;
  inserted: boolean;
  message_id: number | string | bigint;
}

/**
 * The two statements of the SMS hot path, built once and prepared by name
 * (PostgreSQL parses and plans them once per connection): the lead's context
 * with its last outbound campaign, and the whole write.
 */
export function prepareInboundStatements(db: Database) {
  // Qualified by hand: drizzle writes a one-table select's columns unqualified, and inside this
  // subquery an unqualified "id" would be the message's.
  const lastOutboundCampaign = sql<string | null>`(
    select outbound.campaign_id from messages outbound
    where outbound.lead_id = "leads"."id" and outbound.direction = 'outbound'
    order by outbound.received_at desc limit 1)`;
  const leadContext = db
    .select({
      id: leads.id,
      status: leads.status,
      doNotContact: leads.doNotContact,
      campaignId: leads.campaignId,
      lastOutboundCampaign,
    })
    .from(leads)
    .where(eq(leads.phoneE164, p('phone')))
    .limit(1)
    .prepare('bw_lead_context');
  const leadByPhone = db
    .select({ id: leads.id, status: leads.status, doNotContact: leads.doNotContact, campaignId: leads.campaignId })
    .from(leads)
    .where(eq(leads.phoneE164, p('phone')))
    .limit(1)
    .prepare('bw_lead_by_phone');
  const record = db._.session.prepareQuery(
    new PgDialect().sqlToQuery(RECORD_INBOUND),
    undefined,
    'bw_record_inbound',
    false,
  );
  return {
    leadContext: (phone: string) => leadContext.execute({ phone }),
    leadByPhone: (phone: string) => leadByPhone.execute({ phone }),
    async recordInbound(values: RecordInboundValues): Promise<RecordInboundRow | null> {
      const result = (await record.execute(values as unknown as Record<string, unknown>)) as {
        rows: RecordInboundRow[];
      };
      return result.rows[0] ?? null;
    },
  };
}

/** One message's fields for the write, JSON columns still as values (see recordInboundValues). */
export function inboundFields({ normalised, interpretation, leadUpdate, replyText }: InboundRecord) {
  const { optOut, optIn } = leadUpdate;
  return {
    phone: normalised.sender,
    newStatus: optOut ? 'unsubscribed' : (leadUpdate.status ?? 'replied'),
    optOut,
    optIn,
    optedOutAt: optOut ? normalised.received_at : null,
    proposed: leadUpdate.status,
    campaignId: normalised.campaign_id,
    receivedAt: normalised.received_at,
    messageSid: normalised.message_sid,
    idempotencyToken: normalised.extracted_data.idempotency_token,
    to: normalised.recipient,
    body: normalised.content,
    numMedia: normalised.extracted_data.num_media,
    raw: normalised.raw_data,
    replyText,
    intent: interpretation.intent,
    sentiment: interpretation.sentiment,
    interestLevel: interpretation.interest_level,
    doNotContact: interpretation.do_not_contact,
    confidence: interpretation.confidence,
    objections: interpretation.objections,
    questions: interpretation.questions,
    keyPoints: interpretation.key_points,
    entities: interpretation.entities,
    action: interpretation.action,
    method: interpretation.method,
    model: interpretation.model ?? null,
  } satisfies Record<keyof RecordInboundValues, unknown>;
}

/** The single statement's parameters for one message: JSON columns as text. */
export function recordInboundValues(record: InboundRecord): RecordInboundValues {
  const fields = inboundFields(record);
  return {
    ...fields,
    raw: JSON.stringify(fields.raw),
    objections: JSON.stringify(fields.objections),
    questions: JSON.stringify(fields.questions),
    keyPoints: JSON.stringify(fields.keyPoints),
    entities: JSON.stringify(fields.entities),
    action: JSON.stringify(fields.action),
  };
}

/** The SQLSTATE of a driver error, through drizzle's wrapping. */
export function sqlStateOf(error: unknown): string | undefined {
  for (
    let current = error as { code?: unknown; cause?: unknown } | undefined, depth = 0;
    current && depth < 5;
    depth++
  ) {
    if (typeof current.code === 'string') return current.code;
    current = current.cause as typeof current;
  }
  return undefined;
}
