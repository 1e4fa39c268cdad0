import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { adminAudit, calls, campaigns, interpretations, leads, messages, recordings } from '../db/schema.js';
import type { Action, Entities } from '../domain/interpretation.js';

export interface InterpretationView {
  id: number;
  intent: string;
  sentiment: string;
  interestLevel: string;
  doNotContact: boolean;
  confidence: number;
  entities: Entities;
  action: Action;
  method: string;
  model: string | null;
}

export type ConversationEntry =
  | {
      kind: 'sms';
      id: number;
      at: Date;
      direction: 'inbound' | 'outbound';
      messageSid: string | null;
      campaignId: string | null;
      body: string;
      /** What we answered to an inbound message (a keyword command's reply). */
      replyText: string | null;
      interpretation: InterpretationView | null;
    }
  | { kind: 'call'; id: number; at: Date; callSid: string; digits: string; status: string | null }
  | {
      kind: 'voicemail';
      id: number;
      at: Date;
      recordingSid: string;
      url: string;
      durationSeconds: number | null;
    };

export type CorrectionRow = typeof adminAudit.$inferSelect;
export type LeadRow = typeof leads.$inferSelect;

export interface LeadDetail {
  lead: LeadRow;
  conversation: ConversationEntry[];
  corrections: CorrectionRow[];
}

const KIND_ORDER: Record<ConversationEntry['kind'], number> = { sms: 0, call: 1, voicemail: 2 };

/** A lead with everything said by SMS and phone, oldest first, and the corrections made to it, newest first. */
export async function findLeadDetail(executor: Executor, leadId: number): Promise<LeadDetail | null> {
  const [lead] = await executor.select().from(leads).where(eq(leads.id, leadId)).limit(1);
  if (!lead) return null;
  const smsRows = await executor
    .select({
      id: messages.id,
      at: messages.receivedAt,
      direction: messages.direction,
      messageSid: messages.messageSid,
      campaignId: messages.campaignId,
      body: messages.body,
      replyText: messages.replyText,
      interpretation: {
        id: interpretations.id,
        intent: interpretations.intent,
        sentiment: interpretations.sentiment,
        interestLevel: interpretations.interestLevel,
        doNotContact: interpretations.doNotContact,
        confidence: interpretations.confidence,
        entities: interpretations.entities,
        action: interpretations.action,
        method: interpretations.method,
        model: interpretations.model,
      },
    })
    .from(messages)
    .leftJoin(interpretations, eq(interpretations.messageId, messages.id))
    .where(eq(messages.leadId, leadId))
    .orderBy(asc(messages.receivedAt), asc(messages.id));
  const callRows = await executor
    .select({ id: calls.id, at: calls.startedAt, callSid: calls.callSid, digits: calls.digits, status: calls.status })
    .from(calls)
    .where(eq(calls.leadId, leadId));
  const voicemailRows = await executor
    .select({
      id: recordings.id,
      at: recordings.createdAt,
      recordingSid: recordings.recordingSid,
      url: recordings.url,
      durationSeconds: recordings.durationSeconds,
    })
    .from(recordings)
    .innerJoin(calls, eq(calls.id, recordings.callId))
    .where(eq(calls.leadId, leadId));
  const corrections = await executor
    .select()
    .from(adminAudit)
    .where(eq(adminAudit.leadId, leadId))
    .orderBy(desc(adminAudit.at), desc(adminAudit.id))
    .limit(200);

  const conversation: ConversationEntry[] = [
    ...smsRows.map((row) => ({ kind: 'sms' as const, ...row })),
    ...callRows.map((row) => ({ kind: 'call' as const, ...row })),
    ...voicemailRows.map((row) => ({ kind: 'voicemail' as const, ...row })),
  ];
  conversation.sort((a, b) => a.at.getTime() - b.at.getTime() || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  return { lead, conversation, corrections };
}

/** Everyone who must not be contacted, most recent opt-out first. */
export async function findOptOuts(executor: Executor, limit: number, offset: number) {
  return executor
    .select({
      id: leads.id,
      phoneE164: leads.phoneE164,
      name: leads.name,
      company: leads.company,
      status: leads.status,
      optedOutAt: leads.optedOutAt,
      campaignId: leads.campaignId,
    })
    .from(leads)
    .where(eq(leads.doNotContact, true))
    .orderBy(sql`${leads.optedOutAt} desc nulls last`, desc(leads.id))
    .limit(limit)
    .offset(offset);
}

/** Campaign ids for the filter: the known campaigns and those only leads mention. */
export async function findCampaignIds(executor: Executor): Promise<string[]> {
  const rows = await executor
    .select({ id: campaigns.id })
    .from(campaigns)
    .union(
      executor
        .selectDistinct({ id: sql<string>`${leads.campaignId}` })
        .from(leads)
        .where(sql`${leads.campaignId} is not null`),
    );
  return rows
    .map((row) => row.id)
    .sort()
    .slice(0, 500);
}
