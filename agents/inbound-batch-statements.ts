import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Database } from '../src/db/database.js';
import { inboundFields, type RecordInboundRow } from './inbound-statements.js';
import type { InboundRecord } from './lead-store.js';

type BatchFields = ReturnType<typeof inboundFields> & { ord: number };

/**
 * The batch's columns and their types, in the order each message's array holds its values (the keys' order).
 * `satisfies` a record over every field: a field added to inboundFields and not here fails to compile.
 */
const BATCH_COLUMN_TYPES = {
  ord: 'integer',
  phone: 'text',
  newStatus: 'text',
  optOut: 'boolean',
  optedOutAt: 'timestamptz',
  optIn: 'boolean',
  proposed: 'text',
  replyText: 'text',
  optInIfOptedOut: 'boolean',
  proposedIfOptedOut: 'text',
  replyTextIfOptedOut: 'text',
  campaignId: 'text',
  receivedAt: 'timestamptz',
  messageSid: 'text',
  idempotencyToken: 'text',
  to: 'text',
  body: 'text',
  numMedia: 'integer',
  raw: 'jsonb',
  intent: 'text',
  sentiment: 'text',
  interestLevel: 'text',
  doNotContact: 'boolean',
  confidence: 'real',
  objections: 'jsonb',
  questions: 'jsonb',
  keyPoints: 'jsonb',
  entities: 'jsonb',
  action: 'jsonb',
  method: 'text',
  model: 'text',
} as const satisfies Record<keyof BatchFields, 'text' | 'boolean' | 'integer' | 'real' | 'timestamptz' | 'jsonb'>;
const BATCH_COLUMNS = Object.entries(BATCH_COLUMN_TYPES) as [keyof BatchFields, string][];

/** Element k of a message's array as its column: jsonb as it is, text as text, the rest cast from text. */
const BATCH_SELECT_LIST = sql.raw(
  BATCH_COLUMNS.map(([name, type], index) => {
    const value = type === 'jsonb' ? `r->${index}` : type === 'text' ? `r->>${index}` : `(r->>${index})::${type}`;
    return `${value} as "${name}"`;
  }).join(',\n    '),
);

/**
 * The SMS hot path's statement for many messages at once (see BatchQueue):
 * one parse, one plan, one round trip and one commit for a whole batch. The
 * batch travels as one JSON parameter, which both drivers pass the same way.
 * A batch statement is atomic like the single one: its messages are all
 * stored or none is, and none is answered before the commit.
 *
 * RECORD_INBOUND (inbound-statements.ts) for a batch whose phones are all
 * different (BatchQueue's key), so no lead is touched twice. Leads are locked
 * and written in phone order so that two batches touching the same leads
 * lock them in the same order. A message already stored gives a row with no
 * lead; a concurrent duplicate aborts the batch, whose messages are then
 * written one by one.
 *
 * The planner cannot know how many records the JSON holds (it assumes 100)
 * and, with a generic plan, would hash-join them against a sequential scan of
 * every lead; LATERAL keeps it to one index probe (and row lock) per phone, and
 * the "already stored?" check is a LIMIT 1 subquery for the same reason.
 *
 * The batch is a jsonb array of arrays, one per message, its values in
 * BATCH_COLUMNS' order. jsonb, not json: the nested values (the raw form, the
 * interpretation's lists) go into jsonb columns, which json would parse twice;
 * arrays, not objects: no 31 keys per message to send, parse and sort. On one
 * connection, 16 of the bench's messages unpack in 0.51 ms as arrays, 0.74–0.80
 * as objects (jsonb_to_recordset), about 1.0 as json objects, and the whole
 * statement takes 2.0–2.2 instead of 2.3–2.4 ms.
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
  select ${BATCH_SELECT_LIST}
  from jsonb_array_elements(${sql.placeholder('records')}::jsonb) as message(r)
), prior as (
  select i.ord, coalesce(existing.do_not_contact, false) as opted_out_before, existing.last_outbound_campaign
  from (select ord, "phone" from input order by "phone") i
  left join lateral (
    select do_not_contact,
           (select outbound.campaign_id from messages outbound
            where outbound.lead_id = leads.id and outbound.direction = 'outbound'
            order by outbound.received_at desc limit 1) as last_outbound_campaign
    from leads where leads.phone_e164 = i."phone"
    for update
  ) existing on true
), decided as (
  select i.*, prior.opted_out_before,
         case when prior.opted_out_before then i."optInIfOptedOut" else i."optIn" end as opt_in,
         case when prior.opted_out_before then i."proposedIfOptedOut" else i."proposed" end as proposed_status,
         case when prior.opted_out_before then i."replyTextIfOptedOut" else i."replyText" end as reply_text,
         coalesce(i."campaignId", prior.last_outbound_campaign) as campaign
  from input i join prior on prior.ord = i.ord
), lead as (
  insert into leads (phone_e164, status, do_not_contact, opted_out_at, source, campaign_id, last_inbound_at)
  select d."phone", d."newStatus", d."optOut", d."optedOutAt", 'sms_inbound', d.campaign, d."receivedAt"
  from decided d
  where (select true from messages where message_sid = d."messageSid" limit 1) is null
  order by d."phone"
  on conflict (phone_e164) do update set
    status = (select case
      when d."optOut" then 'unsubscribed'
      when d.opt_in then coalesce(d.proposed_status, 'replied')
      when leads.do_not_contact then leads.status
      when d.proposed_status is not null then d.proposed_status
      when leads.status in ('new', 'contacted') then 'replied'
      else leads.status end from decided d where d."phone" = excluded.phone_e164),
    do_not_contact = (select case when d."optOut" then true when d.opt_in then false else leads.do_not_contact end
      from decided d where d."phone" = excluded.phone_e164),
    opted_out_at = (select case when d."optOut" then coalesce(leads.opted_out_at, excluded.opted_out_at)
      when d.opt_in then null else leads.opted_out_at end from decided d where d."phone" = excluded.phone_e164),
    campaign_id = coalesce(leads.campaign_id, excluded.campaign_id),
    last_inbound_at = greatest(leads.last_inbound_at, excluded.last_inbound_at),
    updated_at = now()
  returning id, phone_e164, status, do_not_contact, (xmax = 0) as inserted
), message as (
  insert into messages (lead_id, campaign_id, direction, channel, message_sid, idempotency_token, from_number,
                        to_number, body, num_media, raw, reply_text, received_at)
  select lead.id, d.campaign, 'inbound', 'sms', d."messageSid", d."idempotencyToken", d."phone", d."to",
         d."body", d."numMedia", d."raw", d.reply_text, d."receivedAt"
  from decided d join lead on lead.phone_e164 = d."phone"
  order by d."phone"
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
select d.ord, lead.id as lead_id, lead.status, lead.do_not_contact, lead.inserted, message.id as message_id,
       d.opted_out_before, d.campaign as campaign_id, d.reply_text,
       1 / (lead.id is null or message.id is not null)::integer as written
from decided d
left join lead on lead.phone_e164 = d."phone"
left join message on message.message_sid = d."messageSid"
order by d.ord`;

/** Prepared by name once per connection, like the single-message statement. */
export function prepareInboundBatchStatements(db: Database) {
  const dialect = new PgDialect();
  const recordInbounds = db._.session.prepareQuery(
    dialect.sqlToQuery(RECORD_INBOUNDS),
    undefined,
    'bw_record_inbounds',
    false,
  );
  return {
    /**
     * One answer per record, in order: what was written, or null when the
     * MessageSid was already stored. Phones and MessageSids must all differ.
     */
    async recordInbounds(records: readonly InboundRecord[]): Promise<(RecordInboundRow | null)[]> {
      const json = JSON.stringify(records.map(batchRow));
      const result = (await recordInbounds.execute({ records: json })) as { rows: RecordInboundRow[] };
      return result.rows.map((row) => (row.lead_id === null ? null : row));
    },
  };
}

/** One message of the batch: its values in BATCH_COLUMNS' order. */
function batchRow(record: InboundRecord, ord: number): unknown[] {
  const fields: BatchFields = Object.assign(inboundFields(record), { ord });
  return BATCH_COLUMNS.map(([name]) => fields[name]);
}
