import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../src/db/database.js';
import { calls, interpretations, messages, recordings } from '../src/db/schema.js';

export type LeadHistoryEntry =
  | {
      kind: 'sms';
      at: Date;
      direction: 'inbound' | 'outbound';
      messageSid: string | null;
      body: string;
      /** What we answered, for an inbound message. */
      replyText: string | null;
      intent: string | null;
    }
  | { kind: 'call'; at: Date; callSid: string; digits: string; status: string | null; dialStatus: string | null }
  | {
      kind: 'voicemail';
      at: Date;
      callSid: string;
      recordingSid: string;
      url: string;
      durationSeconds: number | null;
    };

/** A call comes before its own voicemail when both carry the same instant. */
const KIND_ORDER: Record<LeadHistoryEntry['kind'], number> = { sms: 0, call: 1, voicemail: 2 };

/** Everything a lead sent or was sent, by SMS or by phone, oldest first. */
export async function findLeadHistory(executor: Executor, leadId: number): Promise<LeadHistoryEntry[]> {
  const smsRows = await executor
    .select({
      at: messages.receivedAt,
      direction: messages.direction,
      messageSid: messages.messageSid,
      body: messages.body,
      replyText: messages.replyText,
      intent: interpretations.intent,
    })
    .from(messages)
    .leftJoin(interpretations, eq(interpretations.messageId, messages.id))
    .where(eq(messages.leadId, leadId))
    .orderBy(asc(messages.receivedAt));
  const callRows = await executor
    .select({
      at: calls.startedAt,
      callSid: calls.callSid,
      digits: calls.digits,
      status: calls.status,
      dialStatus: calls.dialStatus,
    })
    .from(calls)
    .where(eq(calls.leadId, leadId))
    .orderBy(asc(calls.startedAt));
  const voicemailRows = await executor
    .select({
      at: recordings.createdAt,
      callSid: calls.callSid,
      recordingSid: recordings.recordingSid,
      url: recordings.url,
      durationSeconds: recordings.durationSeconds,
    })
    .from(recordings)
    .innerJoin(calls, eq(calls.id, recordings.callId))
    .where(eq(calls.leadId, leadId))
    .orderBy(asc(recordings.createdAt));

  const entries: LeadHistoryEntry[] = [
    ...smsRows.map((row) => ({ kind: 'sms' as const, ...row })),
    ...callRows.map((row) => ({ kind: 'call' as const, ...row })),
    ...voicemailRows.map((row) => ({ kind: 'voicemail' as const, ...row })),
  ];
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime() || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}
