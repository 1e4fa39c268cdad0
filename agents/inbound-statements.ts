import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Database } from '../src/db/database.js';
import type { LeadStatus } from '../src/domain/lead.js';
import type { InboundRecord } from './lead-store.js';

const p = (name: string) => sql.placeholder(name);

/**
 * Lead, message and interpretation written by one statement: one round trip
 * and one commit instead of a read, BEGIN, three statements and COMMIT. A
 * single statement is atomic on its own, so nothing is lost in durability.
 *
 * What the lead's state decides is decided here, under the row lock: the
 * caller sends both outcomes of the message (for a lead that is opted out
 * and for one that is not: OUI means START only to the first, and neither
 * gets the default reply the same way), and `prior` locks the lead and picks
 * one. It also finds the campaign of the last outbound message when the
 * body named none.
 *
 * A MessageSid already stored is seen before anything is written, and the
 * statement returns no row. If the same message is being stored at this very
 * moment by another request, the message insert finds the conflict only after
 * the lead was updated: the last line then divides by zero on purpose, which
 * aborts the whole statement and leaves the lead as it was (the same as the
 * ROLLBACK the transaction used to do). The lead rules are upsertLead's.
 */
const RECORD_INBOUND: SQL = sql`
with prior as (
  select do_not_contact,
         (select outbound.campaign_id from messages outbound
          where outbound.lead_id = leads.id and outbound.direction = 'outbound'
          order by outbound.received_at desc limit 1) as last_outbound_campaign
  from leads where phone_e164 = ${p('phone')}::text
  for update
), decided as (
  select prior_state.opted_out_before,
         case when prior_state.opted_out_before then ${p('optInIfOptedOut')}::boolean
              else ${p('optIn')}::boolean end as opt_in,
         case when prior_state.opted_out_before then ${p('proposedIfOptedOut')}::text
              else ${p('proposed')}::text end as proposed,
         case when prior_state.opted_out_before then ${p('replyTextIfOptedOut')}::text
              else ${p('replyText')}::text end as reply_text,
         coalesce(${p('campaignId')}::text, prior_state.last_outbound_campaign) as campaign_id
  from (select coalesce((select do_not_contact from prior), false) as opted_out_before,
               (select last_outbound_campaign from prior) as last_outbound_campaign) prior_state
), lead as (
  insert into leads (phone_e164, status, do_not_contact, opted_out_at, source, campaign_id, last_inbound_at)
  select ${p('phone')}::text, ${p('newStatus')}::text, ${p('optOut')}::boolean, ${p('optedOutAt')}::timestamptz,
         'sms_inbound', decided.campaign_id, ${p('receivedAt')}::timestamptz
  from decided
  where not exists (select 1 from messages where message_sid = ${p('messageSid')}::text)
  on conflict (phone_e164) do update set
    status = (select case
      when ${p('optOut')}::boolean then 'unsubscribed'
      when d.opt_in then coalesce(d.proposed, 'replied')
      when leads.do_not_contact then leads.status
      when d.proposed is not null then d.proposed
      when leads.status in ('new', 'contacted') then 'replied'
      else leads.status end from decided d),
    do_not_contact = (select case when ${p('optOut')}::boolean then true when d.opt_in then false
      else leads.do_not_contact end from decided d),
    opted_out_at = (select case when ${p('optOut')}::boolean then coalesce(leads.opted_out_at, excluded.opted_out_at)
      when d.opt_in then null else leads.opted_out_at end from decided d),
    campaign_id = coalesce(leads.campaign_id, excluded.campaign_id),
    last_inbound_at = greatest(leads.last_inbound_at, excluded.last_inbound_at),
    updated_at = now()
  returning id, status, do_not_contact, (xmax = 0) as inserted
), message as (
  insert into messages (lead_id, campaign_id, direction, channel, message_sid, idempotency_token, from_number,
                        to_number, body, num_media, raw, reply_text, received_at)
  select lead.id, decided.campaign_id, 'inbound', 'sms', ${p('messageSid')}::text, ${p('idempotencyToken')}::text,
         ${p('phone')}::text, ${p('to')}::text, ${p('body')}::text, ${p('numMedia')}::integer, ${p('raw')}::jsonb,
         decided.reply_text, ${p('receivedAt')}::timestamptz
  from lead, decided
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
       decided.opted_out_before, decided.campaign_id, decided.reply_text,
       1 / (message.id is not null)::integer as written
from lead left join message on true cross join decided`;

/** SQLSTATE of the deliberate division above: the MessageSid was stored concurrently. */
export const CONCURRENT_DUPLICATE_SQLSTATE = '22012';

export interface RecordInboundValues {
  phone: string;
  /** A new lead's status: a lead that did not exist was not opted out. */
  newStatus: LeadStatus;
  optOut: boolean;
  optedOutAt: string | null;
  /** The message's outcome for a lead that is not opted out… */
  optIn: boolean;
  proposed: LeadStatus | null;
  replyText: string | null;
  /** …and for one that is: the statement picks under the row lock. */
  optInIfOptedOut: boolean;
  proposedIfOptedOut: LeadStatus | null;
  replyTextIfOptedOut: string | null;
  /** The campaign the body named; none: the statement finds the lead's last outbound campaign. */
  campaignId: string | null;
  receivedAt: string;
  messageSid: string;
  idempotencyToken: string | null;
  to: string;
  body: string;
  numMedia: number;
  /** JSON text. */
  raw: string;
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
  /** Whether the lead was opted out before this message, which chose the outcome. */
  opted_out_before: boolean;
  /** The campaign stored with the message: the body's tag, else the lead's last outbound campaign. */
  campaign_id: string | null;
  reply_text: string | null;
}

/** The SMS hot path's write, built once and prepared by name (PostgreSQL parses and plans it once per connection). */
export function prepareInboundStatements(db: Database) {
  const record = db._.session.prepareQuery(
    new PgDialect().sqlToQuery(RECORD_INBOUND),
    undefined,
    'bw_record_inbound',
    false,
  );
  return {
    async recordInbound(values: RecordInboundValues): Promise<RecordInboundRow | null> {
      const result = (await record.execute(values as unknown as Record<string, unknown>)) as {
        rows: RecordInboundRow[];
      };
      return result.rows[0] ?? null;
    },
  };
}

/** One message's fields for the write, JSON columns still as values (see recordInboundValues). */
export function inboundFields({ normalised, interpretation, ifActive, ifOptedOut }: InboundRecord) {
  // Whether the message opts out does not depend on the lead: only START and the reply do.
  const { optOut } = ifActive.leadUpdate;
  return {
    phone: normalised.sender,
    newStatus: optOut ? 'unsubscribed' : (ifActive.leadUpdate.status ?? 'replied'),
    optOut,
    optedOutAt: optOut ? normalised.received_at : null,
    optIn: ifActive.leadUpdate.optIn,
    proposed: ifActive.leadUpdate.status,
    replyText: ifActive.replyText,
    optInIfOptedOut: ifOptedOut.leadUpdate.optIn,
    proposedIfOptedOut: ifOptedOut.leadUpdate.status,
    replyTextIfOptedOut: ifOptedOut.replyText,
    campaignId: normalised.campaign_id,
    receivedAt: normalised.received_at,
    messageSid: normalised.message_sid,
    idempotencyToken: normalised.extracted_data.idempotency_token,
    to: normalised.recipient,
    body: normalised.content,
    numMedia: normalised.extracted_data.num_media,
    raw: normalised.raw_data,
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
