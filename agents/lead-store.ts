import { eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '../src/db/database.js';
import { interpretations, leads, messages } from '../src/db/schema.js';
import { interpretationSchema, type Interpretation } from '../src/domain/interpretation.js';
import type { LeadSource, LeadStatus, LeadUpdate } from '../src/domain/lead.js';
import type { NormalisedResponse } from '../src/domain/normalised-response.js';
import {
  CONCURRENT_DUPLICATE_SQLSTATE,
  prepareInboundStatements,
  recordInboundValues,
  sqlStateOf,
  type RecordInboundRow,
} from './inbound-statements.js';
import { BatchQueue } from './batch-queue.js';
import { prepareInboundBatchStatements } from './inbound-batch-statements.js';
import { findLeadHistory } from './lead-history.js';
import { writeRefinement } from './write-refinement.js';

/** What a message does to its lead and answers, for one state of the lead. */
export interface LeadOutcome {
  leadUpdate: LeadUpdate;
  replyText: string | null;
}

/**
 * A message to store with both its outcomes: the store reads the lead's
 * state under the row lock, in the same statement, and applies the one that
 * fits (OUI is START only for a lead that was opted out).
 */
export interface InboundRecord {
  normalised: NormalisedResponse;
  interpretation: Interpretation;
  /** For a new lead, or one that is not opted out. */
  ifActive: LeadOutcome;
  /** For a lead that was opted out before this message. */
  ifOptedOut: LeadOutcome;
}

export interface RecordedInbound {
  duplicate: boolean;
  leadId: number;
  messageId: number;
  leadCreated: boolean;
  leadStatus: LeadStatus;
  doNotContact: boolean;
  replyText: string | null;
  intent: string;
  /** The lead was opted out before this message: its ifOptedOut outcome was applied. */
  optedOutBefore: boolean;
  /** Stored with the message: the body's campaign tag, else the lead's last outbound campaign. */
  campaignId: string | null;
}

export type LeadStore = ReturnType<typeof createLeadStore>;

export interface LeadStoreOptions {
  /**
   * Hot-path statements running at once; messages arriving meanwhile are
   * written together (see BatchQueue).
   */
  statementsInFlight?: number;
  /** Most messages in one batch. */
  maxBatch?: number;
}

/**
 * Everything the agents read and write about leads and their messages. Each
 * method takes an optional executor so callers can share a transaction.
 */
export function createLeadStore(db: Database, options: LeadStoreOptions = {}) {
  const statements = prepareInboundStatements(db);
  const batchStatements = prepareInboundBatchStatements(db);
  const inboundWrites = new BatchQueue<InboundRecord, RecordInboundRow | null>(
    async (records) =>
      records.length > 1
        ? batchStatements.recordInbounds(records)
        : [await statements.recordInbound(recordInboundValues(records[0] as InboundRecord))],
    // No lead may be touched twice by one statement: one message per lead in a batch. A MessageSid
    // repeated under another number aborts the batch, which is then written message by message.
    {
      maxInFlight: options.statementsInFlight ?? 1,
      maxBatch: options.maxBatch ?? 64,
      keyOf: (record) => record.normalised.sender,
    },
  );

  async function findInboundBySid(messageSid: string, executor: Executor = db): Promise<RecordedInbound | null> {
    const [row] = await executor
      .select({
        leadId: messages.leadId,
        messageId: messages.id,
        replyText: messages.replyText,
        campaignId: messages.campaignId,
        leadStatus: leads.status,
        doNotContact: leads.doNotContact,
        intent: interpretations.intent,
      })
      .from(messages)
      .innerJoin(leads, eq(leads.id, messages.leadId))
      .leftJoin(interpretations, eq(interpretations.messageId, messages.id))
      .where(eq(messages.messageSid, messageSid))
      .limit(1);
    if (!row) return null;
    // The lead's state before the first delivery is not kept; the stored reply is what a redelivery gets.
    return { ...row, intent: row.intent ?? 'unclear', duplicate: true, leadCreated: false, optedOutBefore: false };
  }

  /** The stored interpretation of a message with the lead's state, for read-back tools. */
  async function findInterpretationBySid(messageSid: string, executor: Executor = db) {
    const [row] = await executor
      .select({
        messageSid: messages.messageSid,
        leadId: leads.id,
        leadStatus: leads.status,
        doNotContact: leads.doNotContact,
        campaignId: messages.campaignId,
        interpretation: {
          intent: interpretations.intent,
          sentiment: interpretations.sentiment,
          interest_level: interpretations.interestLevel,
          do_not_contact: interpretations.doNotContact,
          confidence: interpretations.confidence,
          objections: interpretations.objections,
          questions: interpretations.questions,
          key_points: interpretations.keyPoints,
          entities: interpretations.entities,
          action: interpretations.action,
          method: interpretations.method,
          model: interpretations.model,
        },
      })
      .from(messages)
      .innerJoin(leads, eq(leads.id, messages.leadId))
      .innerJoin(interpretations, eq(interpretations.messageId, messages.id))
      .where(eq(messages.messageSid, messageSid))
      .limit(1);
    return row ?? null;
  }

  /**
   * Lead, message and interpretation in one statement (atomic, one commit).
   * A MessageSid already stored (a retry, the fallback URL, another
   * instance) changes nothing and returns what was stored the first time.
   */
  async function recordInbound(record: InboundRecord): Promise<RecordedInbound> {
    const { normalised, interpretation } = record;
    let row: RecordInboundRow | null;
    try {
      row = await inboundWrites.submit(record);
    } catch (error) {
      if (sqlStateOf(error) !== CONCURRENT_DUPLICATE_SQLSTATE) throw error;
      row = null;
    }
    if (row) {
      return {
        duplicate: false,
        leadId: Number(row.lead_id),
        messageId: Number(row.message_id),
        leadCreated: row.inserted,
        leadStatus: row.status,
        doNotContact: row.do_not_contact,
        replyText: row.reply_text,
        intent: interpretation.intent,
        optedOutBefore: row.opted_out_before,
        campaignId: row.campaign_id,
      };
    }
    const existing = await findInboundBySid(normalised.message_sid);
    if (!existing) throw new Error(`message ${normalised.message_sid} conflicted but cannot be read back`);
    return existing;
  }

  /** What a background refinement needs: the stored text and the interpretation the request recorded. */
  async function findRefinementSubject(messageSid: string, executor: Executor = db) {
    const row = await findInterpretationBySid(messageSid, executor);
    if (!row) return null;
    const [message] = await executor
      .select({ body: messages.body })
      .from(messages)
      .where(eq(messages.messageSid, messageSid))
      .limit(1);
    if (!message) return null;
    return { messageSid, body: message.body, interpretation: interpretationSchema.parse(row.interpretation) };
  }

  /**
   * Replaces a message's interpretation with a refined one and moves the lead
   * with the same sticky opt-out rules as upsertLead, in one transaction.
   * Resolves to false when there is no such message or the change would undo an opt-out.
   */
  async function applyRefinement(
    messageSid: string,
    interpretation: Interpretation,
    leadUpdate: Omit<LeadUpdate, 'optIn'>,
  ): Promise<boolean> {
    return db.transaction(async (tx) => writeRefinement(tx, messageSid, interpretation, leadUpdate));
  }

  return {
    findInboundBySid,
    findInterpretationBySid,
    recordInbound,
    findRefinementSubject,
    applyRefinement,
    /** How much the hot path's reads and writes were coalesced (see BatchQueue). */
    batching: () => ({ inbound_write: inboundWrites.stats }),
    /** The lead's SMS, calls and voicemails, oldest first. */
    findLeadHistory: (leadId: number, executor: Executor = db) => findLeadHistory(executor, leadId),
  };
}

/**
 * Finds the lead by number or creates it, and applies the status change under
 * the row lock that ON CONFLICT takes, so concurrent messages from one number
 * make one lead and an opt-out is never overwritten by a later "ok".
 */
export async function upsertLead(
  tx: Executor,
  phoneE164: string,
  campaignId: string | null,
  receivedAt: Date,
  update: LeadUpdate,
  source: LeadSource = 'sms_inbound',
) {
  const newLeadStatus: LeadStatus = update.optOut ? 'unsubscribed' : (update.status ?? 'replied');
  const proposed = update.status;
  const [row] = await tx
    .insert(leads)
    .values({
      phoneE164,
      status: newLeadStatus,
      doNotContact: update.optOut,
      optedOutAt: update.optOut ? receivedAt : null,
      source,
      campaignId,
      lastInboundAt: receivedAt,
    })
    .onConflictDoUpdate({
      target: leads.phoneE164,
      set: {
        status: sql`case
          when ${update.optOut} then 'unsubscribed'
          when ${update.optIn} then coalesce(${proposed}::text, 'replied')
          when ${leads.doNotContact} then ${leads.status}
          when ${proposed}::text is not null then ${proposed}::text
          when ${leads.status} in ('new', 'contacted') then 'replied'
          else ${leads.status} end`,
        doNotContact: sql`case when ${update.optOut} then true when ${update.optIn} then false else ${leads.doNotContact} end`,
        optedOutAt: sql`case when ${update.optOut} then coalesce(${leads.optedOutAt}, excluded.opted_out_at)
          when ${update.optIn} then null else ${leads.optedOutAt} end`,
        campaignId: sql`coalesce(${leads.campaignId}, excluded.campaign_id)`,
        lastInboundAt: sql`greatest(${leads.lastInboundAt}, excluded.last_inbound_at)`,
        updatedAt: sql`now()`,
      },
    })
    .returning({
      id: leads.id,
      status: leads.status,
      doNotContact: leads.doNotContact,
      inserted: sql<boolean>`(xmax = 0)`,
    });
  if (!row) throw new Error('lead upsert returned no row');
  return row;
}
