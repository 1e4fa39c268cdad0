import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Database } from '../src/db/database.js';
import type { LeadContext, LeadStatus } from '../src/domain/lead.js';
import { inboundFields, type RecordInboundRow } from './inbound-statements.js';
import type { InboundRecord } from './lead-store.js';

/**
 * The SMS hot path's two statements for many messages at once (see
 * BatchQueue): one parse, one plan, one round trip and one commit for a whole
 * batch. The batch travels as one JSON parameter, which both drivers pass
 * the same way. A batch statement is atomic like the single one: its messages
 * are all stored or none is, and none is answered before the commit.
 */

/**
 * Each phone's lead and the campaign of its last outbound message, in input
 * order. The planner cannot know how many phones the JSON holds (it assumes
 * 100) and, with a generic plan, would hash-join them against a sequential
 * scan of every lead; LATERAL … LIMIT 1 keeps it to one index probe per phone.
 * The write's "already stored?" check is a LIMIT 1 subquery for the same reason.
 */
const LEAD_CONTEXTS: SQL = sql`
select input.ord, lead.id, lead.status, lead.do_not_contact, lead.campaign_id,
       (select outbound.campaign_id from messages outbound
        where outbound.lead_id = lead.id and outbound.direction = 'outbound'
        order by outbound.received_at desc limit 1) as last_outbound_campaign
from json_array_elements_text(${sql.placeholder('phones')}::json) with ordinality as input(phone, ord)
left join lateral (
  select id, status, do_not_contact, campaign_id from leads where leads.phone_e164 = input.phone limit 1
) lead on true
order by input.ord`;

/**
 * RECORD_INBOUND (inbound-statements.ts) for a batch whose phones are all
 * different (BatchQueue's key), so no lead is touched twice. Rows are written in phone order so that two batches touching the
 * same leads lock them in the same order. A message already stored gives a
 * row with no lead; a concurrent duplicate aborts the batch, whose messages
 * are then written one by one.
 *
 * The lead rules are written twice, here and in RECORD_INBOUND, on
 * purpose: a batch of one through this JSON statement costs PostgreSQL about
 * 25% more CPU than the typed single statement (352–400 vs 264–322 µs per
 * message, measured on one connection), and most messages travel alone when
 * the service is not busy. test/integration/batched-writes.test.ts compares
 * the two row for row, so they cannot drift apart unnoticed.
 */
const RECORD_INBOUNDS: SQL = sql`
with input as (
  select * from json_to_recordset(${sql.placeholder('records')}::json) as t(
    ord integer, "phone" text, "newStatus" text, "optOut" boolean, "optIn" boolean, "optedOutAt" timestamptz,
    "proposed" text, "campaignId" text, "receivedAt" timestamptz, "messageSid" text, "idempotencyToken" text,
    "to" text, "body" text, "numMedia" integer, "raw" jsonb, "replyText" text, "intent" text, "sentiment" text,
    "interestLevel" text, "doNotContact" boolean, "confidence" real, "objections" jsonb, "questions" jsonb,
    "keyPoints" jsonb, "entities" jsonb, "action" jsonb, "method" text, "model" text)
), lead as (
  insert into leads (phone_e164, status, do_not_contact, opted_out_at, source, campaign_id, last_inbound_at)
  select i."phone", i."newStatus", i."optOut", i."optedOutAt", 'sms_inbound', i."campaignId", i."receivedAt"
  from input i
  where (select true from messages where message_sid = i."messageSid" limit 1) is null
  order by i."phone"
  on conflict (phone_e164) do update set
    status = (select case
      when i."optOut" then 'unsubscribed'
      when i."optIn" then coalesce(i."proposed", 'replied')
      when leads.do_not_contact then leads.status
      when i."proposed" is not null then i."proposed"
      when leads.status in ('new', 'contacted') then 'replied'
      else leads.status end from input i where i."phone" = excluded.phone_e164),
    do_not_contact = (select case when i."optOut" then true when i."optIn" then false else leads.do_not_contact end
      from input i where i."phone" = excluded.phone_e164),
    opted_out_at = (select case when i."optOut" then coalesce(leads.opted_out_at, excluded.opted_out_at)
      when i."optIn" then null else leads.opted_out_at end from input i where i."phone" = excluded.phone_e164),
    campaign_id = coalesce(leads.campaign_id, excluded.campaign_id),
    last_inbound_at = greatest(leads.last_inbound_at, excluded.last_inbound_at),
    updated_at = now()
  returning id, phone_e164, status, do_not_contact, (xmax = 0) as inserted
), message as (
  insert into messages (lead_id, campaign_id, direction, channel, message_sid, idempotency_token, from_number,
                        to_number, body, num_media, raw, reply_text, received_at)
  select lead.id, i."campaignId", 'inbound', 'sms', i."messageSid", i."idempotencyToken", i."phone", i."to",
         i."body", i."numMedia", i."raw", i."replyText", i."receivedAt"
  from input i join lead on lead.phone_e164 = i."phone"
  order by i."phone"
  on conflict (message_sid) do nothing
  returning id, message_sid
), interpretation as (
  insert into interpretations (message_id, intent, sentiment, interest_level, do_not_contact, confidence, objections,
                               questions, key_points, entities, action, method, model)
  select message.id, i."intent", i."sentiment", i."interestLevel", i."doNotContact", i."confidence", i."objections",
         i."questions", i."keyPoints", i."entities", i."action", i."method", i."model"
  from input i join message on message.message_sid = i."messageSid"
  returning message_id
)
select i.ord, lead.id as lead_id, lead.status, lead.do_not_contact, lead.inserted, message.id as message_id,
       1 / (lead.id is null or message.id is not null)::integer as written
from input i
left join lead on lead.phone_e164 = i."phone"
left join message on message.message_sid = i."messageSid"
order by i.ord`;

export interface LeadContextRow extends LeadContext {
  lastOutboundCampaign: string | null;
}

interface RawLeadContextRow {
  id: number | string | null;
  status: LeadStatus | null;
  do_not_contact: boolean | null;
  campaign_id: string | null;
  last_outbound_campaign: string | null;
}

/** Prepared by name once per connection, like the single-message statements. */
export function prepareInboundBatchStatements(db: Database) {
  const dialect = new PgDialect();
  const prepare = (query: SQL, name: string) =>
    db._.session.prepareQuery(dialect.sqlToQuery(query), undefined, name, false);
  const leadContexts = prepare(LEAD_CONTEXTS, 'bw_lead_contexts');
  const recordInbounds = prepare(RECORD_INBOUNDS, 'bw_record_inbounds');
  const rowsOf = async <T>(pending: Promise<unknown>) => ((await pending) as { rows: T[] }).rows;

  return {
    /** One answer per phone, in order: the lead with its last outbound campaign, or null. */
    async leadContexts(phones: readonly string[]): Promise<(LeadContextRow | null)[]> {
      const rows = await rowsOf<RawLeadContextRow>(leadContexts.execute({ phones: JSON.stringify(phones) }));
      return rows.map((row) =>
        row.id === null
          ? null
          : {
              id: Number(row.id),
              status: row.status as LeadStatus,
              doNotContact: row.do_not_contact === true,
              campaignId: row.campaign_id,
              lastOutboundCampaign: row.last_outbound_campaign,
            },
      );
    },
    /**
     * One answer per record, in order: what was written, or null when the
     * MessageSid was already stored. Phones and MessageSids must all differ.
     */
    async recordInbounds(records: readonly InboundRecord[]): Promise<(RecordInboundRow | null)[]> {
      const json = JSON.stringify(records.map((record, ord) => ({ ord, ...inboundFields(record) })));
      const rows = await rowsOf<RecordInboundRow>(recordInbounds.execute({ records: json }));
      return rows.map((row) => (row.lead_id === null ? null : row));
    },
  };
}
