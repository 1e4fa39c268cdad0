import { desc, eq, lt, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/database.js';
import { adminAudit, interpretations, leads, messages } from '../db/schema.js';
import type { Intent } from '../domain/interpretation.js';
import type { LeadStatus } from '../domain/lead.js';

export interface Change {
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

export type CorrectionResult =
  | { outcome: 'not_found' }
  /** The change would clear an opt-out and the operator did not confirm it. */
  | { outcome: 'confirmation_required' }
  | { outcome: 'unchanged'; leadId: number }
  | { outcome: 'updated'; leadId: number; changes: Change[] };

type LeadState = Pick<typeof leads.$inferSelect, 'id' | 'status' | 'doNotContact' | 'optedOutAt'>;

const text = (value: string | boolean | Date | null): string | null =>
  value === null ? null : value instanceof Date ? value.toISOString() : String(value);

async function lockLead(tx: Executor, leadId: number): Promise<LeadState | null> {
  const [lead] = await tx
    .select({ id: leads.id, status: leads.status, doNotContact: leads.doNotContact, optedOutAt: leads.optedOutAt })
    .from(leads)
    .where(eq(leads.id, leadId))
    .for('update');
  return lead ?? null;
}

/** Writes the lead's new state and one audit row per field that moved. */
async function writeLead(tx: Executor, actor: string, before: LeadState, after: Omit<LeadState, 'id'>) {
  const changes: Change[] = (['status', 'doNotContact', 'optedOutAt'] as const)
    .filter((field) => text(before[field]) !== text(after[field]))
    .map((field) => ({ field, oldValue: text(before[field]), newValue: text(after[field]) }));
  if (changes.length === 0) return changes;
  await tx
    .update(leads)
    .set({ ...after, updatedAt: sql`now()` })
    .where(eq(leads.id, before.id));
  await audit(tx, actor, 'lead', before.id, before.id, changes);
  return changes;
}

async function audit(
  tx: Executor,
  actor: string,
  entity: 'lead' | 'interpretation',
  entityId: number,
  leadId: number,
  changes: Change[],
) {
  await tx.insert(adminAudit).values(changes.map((change) => ({ actor, entity, entityId, leadId, ...change })));
}

/** The operator's record of an opt-out: as sticky as the lead's own STOP. */
const optedOut = (lead: LeadState, at: Date) => ({
  status: 'unsubscribed' as const,
  doNotContact: true,
  optedOutAt: lead.optedOutAt ?? at,
});

export function createCorrections(db: Database, clock: () => Date = () => new Date()) {
  /**
   * Moves a lead to another status. Moving a do-not-contact lead anywhere but
   * "unsubscribed" clears its opt-out, which needs the operator's confirmation.
   */
  async function setLeadStatus(leadId: number, status: LeadStatus, actor: string, confirmOptOutClear: boolean) {
    return db.transaction(async (tx): Promise<CorrectionResult> => {
      const lead = await lockLead(tx, leadId);
      if (!lead) return { outcome: 'not_found' };
      let after: Omit<LeadState, 'id'>;
      if (status === 'unsubscribed') after = optedOut(lead, clock());
      else if (lead.doNotContact && !confirmOptOutClear) return { outcome: 'confirmation_required' };
      else after = { status, doNotContact: false, optedOutAt: null };
      const changes = await writeLead(tx, actor, lead, after);
      return changes.length === 0 ? { outcome: 'unchanged', leadId } : { outcome: 'updated', leadId, changes };
    });
  }

  /** Clears an opt-out (the lead said START elsewhere, or the opt-out was recorded by mistake). */
  async function clearOptOut(leadId: number, actor: string, confirmed: boolean) {
    return db.transaction(async (tx): Promise<CorrectionResult> => {
      const lead = await lockLead(tx, leadId);
      if (!lead) return { outcome: 'not_found' };
      if (!lead.doNotContact) return { outcome: 'unchanged', leadId };
      if (!confirmed) return { outcome: 'confirmation_required' };
      const status: LeadStatus = lead.status === 'unsubscribed' ? 'replied' : lead.status;
      const changes = await writeLead(tx, actor, lead, { status, doNotContact: false, optedOutAt: null });
      return { outcome: 'updated', leadId, changes };
    });
  }

  /**
   * Corrects what a message meant. Corrected to an opt-out, the lead becomes
   * do-not-contact at once (a missed opt-out is the worst error); corrected
   * away from one, the lead's opt-out stays until it is cleared explicitly.
   */
  async function setInterpretationIntent(interpretationId: number, intent: Intent, actor: string) {
    return db.transaction(async (tx): Promise<CorrectionResult> => {
      const [row] = await tx
        .select({ intent: interpretations.intent, doNotContact: interpretations.doNotContact, leadId: messages.leadId })
        .from(interpretations)
        .innerJoin(messages, eq(messages.id, interpretations.messageId))
        .where(eq(interpretations.id, interpretationId))
        .for('update', { of: interpretations });
      if (!row) return { outcome: 'not_found' };
      if (row.intent === intent) return { outcome: 'unchanged', leadId: row.leadId };
      const doNotContact = intent === 'opt_out' ? true : row.intent === 'opt_out' ? false : row.doNotContact;
      await tx
        .update(interpretations)
        .set({ intent, doNotContact, updatedAt: sql`now()` })
        .where(eq(interpretations.id, interpretationId));
      const changes: Change[] = [{ field: 'intent', oldValue: row.intent, newValue: intent }];
      await audit(tx, actor, 'interpretation', interpretationId, row.leadId, changes);
      if (intent === 'opt_out') {
        const lead = await lockLead(tx, row.leadId);
        if (lead) changes.push(...(await writeLead(tx, actor, lead, optedOut(lead, clock()))));
      }
      return { outcome: 'updated', leadId: row.leadId, changes };
    });
  }

  /** The audit trail, newest first, by keyset on the id. */
  async function listCorrections(limit: number, beforeId?: number) {
    return db
      .select()
      .from(adminAudit)
      .where(beforeId === undefined ? undefined : lt(adminAudit.id, beforeId))
      .orderBy(desc(adminAudit.id))
      .limit(limit);
  }

  return { setLeadStatus, clearOptOut, setInterpretationIntent, listCorrections };
}
