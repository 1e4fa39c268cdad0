import { eq, sql } from 'drizzle-orm';
import type { Database } from '../src/db/database.js';
import { calls, recordings } from '../src/db/schema.js';
import { upsertLead } from './lead-store.js';

export interface CallEvent {
  callSid: string;
  /** The caller's number in E.164; null when withheld or not a phone number (a SIP or client caller). */
  callerE164: string | null;
  from: string | null;
  to: string | null;
  /** Twilio's CallStatus in this request. */
  status: string | null;
  /** The menu key pressed in this request. */
  digit?: string | null;
  /** How the transfer to the operator ended (DialCallStatus). */
  dialStatus?: string | null;
  raw: Record<string, unknown>;
  at: Date;
}

export interface RecordingEvent {
  callSid: string;
  recordingSid: string;
  url: string;
  durationSeconds: number | null;
  status: string | null;
  raw: Record<string, unknown>;
  at: Date;
}

export interface RecordedRecording {
  duplicate: boolean;
  /** The callback named a call we had never seen: it was created from the callback's data. */
  callCreated: boolean;
  callId: number;
  leadId: number | null;
}

/** A call says nothing about what the lead wants: the stage moves as for an "ok" (new/contacted → replied). */
const NO_STAGE_CHANGE = { status: null, optOut: false, optIn: false } as const;

export type CallStore = ReturnType<typeof createCallStore>;

/** Calls and their recordings. Every write is an upsert on Twilio's SID, so retried requests change nothing twice. */
export function createCallStore(db: Database) {
  /**
   * Creates the call at its first request, matching the caller's lead by
   * number or creating it, and updates it on the next ones: status, menu keys
   * pressed, the transfer's outcome.
   */
  async function recordCallEvent(event: CallEvent): Promise<{ callId: number; leadId: number | null }> {
    return db.transaction(async (tx) => {
      const [existing] = await tx
        .select({ leadId: calls.leadId })
        .from(calls)
        .where(eq(calls.callSid, event.callSid))
        .for('update');
      let leadId = existing?.leadId ?? null;
      if (leadId === null && event.callerE164) {
        const lead = await upsertLead(tx, event.callerE164, null, event.at, NO_STAGE_CHANGE, 'voice_inbound');
        leadId = lead.id;
      }
      const digit = event.digit ?? '';
      const [row] = await tx
        .insert(calls)
        .values({
          callSid: event.callSid,
          leadId,
          fromNumber: event.from,
          toNumber: event.to,
          status: event.status,
          digits: digit,
          dialStatus: event.dialStatus ?? null,
          startedAt: event.at,
          raw: event.raw,
        })
        .onConflictDoUpdate({
          target: calls.callSid,
          set: {
            leadId: sql`coalesce(${calls.leadId}, excluded.lead_id)`,
            fromNumber: sql`coalesce(${calls.fromNumber}, excluded.from_number)`,
            toNumber: sql`coalesce(${calls.toNumber}, excluded.to_number)`,
            status: sql`coalesce(excluded.status, ${calls.status})`,
            digits: sql`${calls.digits} || ${digit}`,
            dialStatus: sql`coalesce(excluded.dial_status, ${calls.dialStatus})`,
            updatedAt: sql`now()`,
          },
        })
        .returning({ callId: calls.id, leadId: calls.leadId });
      if (!row) throw new Error('call upsert returned no row');
      return row;
    });
  }

  /**
   * Stores a recording with its call. An unknown CallSid gets a call made from
   * the callback's data (it carries no caller number, so no lead); a replayed
   * callback stores nothing.
   */
  async function recordRecording(event: RecordingEvent): Promise<RecordedRecording> {
    return db.transaction(async (tx) => {
      const [call] = await tx
        .insert(calls)
        .values({ callSid: event.callSid, startedAt: event.at, raw: event.raw })
        // A no-op update, so RETURNING gives the existing row too.
        .onConflictDoUpdate({ target: calls.callSid, set: { updatedAt: sql`now()` } })
        .returning({ id: calls.id, leadId: calls.leadId, inserted: sql<boolean>`(xmax = 0)` });
      if (!call) throw new Error('call upsert returned no row');
      const [recording] = await tx
        .insert(recordings)
        .values({
          recordingSid: event.recordingSid,
          callId: call.id,
          url: event.url,
          durationSeconds: event.durationSeconds,
          status: event.status,
          raw: event.raw,
        })
        .onConflictDoNothing({ target: recordings.recordingSid })
        .returning({ id: recordings.id });
      return { duplicate: !recording, callCreated: call.inserted, callId: call.id, leadId: call.leadId };
    });
  }

  return { recordCallEvent, recordRecording };
}
