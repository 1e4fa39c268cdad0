import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../src/db/database.js';
import { interpretations, leads, messages } from '../src/db/schema.js';
import type { Interpretation } from '../src/domain/interpretation.js';
import type { LeadUpdate } from '../src/domain/lead.js';

/**
 * The write half of LeadStore.applyRefinement, inside the caller's transaction:
 * the interpretation replaced, the lead moved with upsertLead's sticky opt-out rules.
 */
export async function writeRefinement(
  tx: Executor,
  messageSid: string,
  interpretation: Interpretation,
  update: Omit<LeadUpdate, 'optIn'>,
): Promise<boolean> {
  const [message] = await tx
    .select({ id: messages.id, leadId: messages.leadId, receivedAt: messages.receivedAt })
    .from(messages)
    .where(eq(messages.messageSid, messageSid))
    .limit(1);
  if (!message) return false;
  const optOut = update.optOut || interpretation.intent === 'opt_out';
  const receivedAt = message.receivedAt.toISOString();
  const [updated] = await tx
    .update(interpretations)
    .set({
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
      updatedAt: sql`now()`,
    })
    // Defence in depth: whatever the caller computed, a stored opt-out is never replaced by something else.
    .where(and(eq(interpretations.messageId, message.id), sql`(${interpretations.intent} <> 'opt_out' or ${optOut})`))
    .returning({ id: interpretations.id });
  if (!updated) return false;

  // A later message already moved the lead: its stage wins over this older one's (an opt-out still applies).
  const newerInbound = sql`exists (select 1 from ${messages} newer where newer.lead_id = ${message.leadId}
    and newer.direction = 'inbound' and newer.received_at > ${receivedAt}::timestamptz)`;
  await tx
    .update(leads)
    .set({
      status: sql`case
        when ${optOut} then 'unsubscribed'
        when ${leads.doNotContact} then ${leads.status}
        when ${newerInbound} then ${leads.status}
        when ${update.status}::text is not null then ${update.status}::text
        else ${leads.status} end`,
      doNotContact: sql`${leads.doNotContact} or ${optOut}`,
      optedOutAt: sql`case when ${optOut} then coalesce(${leads.optedOutAt}, ${receivedAt}::timestamptz) else ${leads.optedOutAt} end`,
      updatedAt: sql`now()`,
    })
    .where(eq(leads.id, message.leadId));
  return true;
}
