import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, jsonb, pgTable, real, text, timestamp } from 'drizzle-orm/pg-core';
import type { Action, Entities } from '../domain/interpretation.js';
import type { LeadSource, LeadStatus } from '../domain/lead.js';

const id = () => bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const campaigns = pgTable('campaigns', {
  // BerinIA's own campaign ids, so they are text and not generated here.
  id: text('id').primaryKey(),
  name: text('name'),
  description: text('description'),
  createdAt: createdAt(),
});

export const leads = pgTable(
  'leads',
  {
    id: id(),
    phoneE164: text('phone_e164').notNull().unique(),
    name: text('name'),
    company: text('company'),
    email: text('email'),
    website: text('website'),
    status: text('status').$type<LeadStatus>().notNull().default('new'),
    doNotContact: boolean('do_not_contact').notNull().default(false),
    optedOutAt: timestamp('opted_out_at', { withTimezone: true }),
    source: text('source').$type<LeadSource>().notNull().default('sms_inbound'),
    // No foreign key: a campaign tag in a reply must never make us drop the reply.
    campaignId: text('campaign_id'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    lastInboundAt: timestamp('last_inbound_at', { withTimezone: true }),
  },
  (table) => [
    index('leads_last_inbound_at_idx').on(table.lastInboundAt.desc()),
    index('leads_status_idx').on(table.status),
    check(
      'leads_status_check',
      sql`${table.status} in ('new','contacted','replied','interested','callback_requested','later','not_interested','wrong_person','unsubscribed')`,
    ),
    check('leads_source_check', sql`${table.source} in ('import','sms_inbound','voice_inbound')`),
  ],
);

export const messages = pgTable(
  'messages',
  {
    id: id(),
    leadId: bigint('lead_id', { mode: 'number' })
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    campaignId: text('campaign_id'),
    direction: text('direction').$type<'inbound' | 'outbound'>().notNull(),
    channel: text('channel').notNull().default('sms'),
    // Unique: Twilio may deliver the same message twice, to any instance.
    messageSid: text('message_sid').unique(),
    idempotencyToken: text('idempotency_token'),
    fromNumber: text('from_number').notNull(),
    toNumber: text('to_number').notNull(),
    body: text('body').notNull(),
    numMedia: integer('num_media').notNull().default(0),
    raw: jsonb('raw').$type<Record<string, unknown>>(),
    // The text we answered with, so a repeated delivery gets the very same answer.
    replyText: text('reply_text'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    index('messages_lead_direction_received_idx').on(table.leadId, table.direction, table.receivedAt.desc()),
    check('messages_direction_check', sql`${table.direction} in ('inbound','outbound')`),
  ],
);

export const interpretations = pgTable(
  'interpretations',
  {
    id: id(),
    messageId: bigint('message_id', { mode: 'number' })
      .notNull()
      .unique()
      .references(() => messages.id, { onDelete: 'cascade' }),
    intent: text('intent').notNull(),
    sentiment: text('sentiment').notNull(),
    interestLevel: text('interest_level').notNull(),
    doNotContact: boolean('do_not_contact').notNull(),
    confidence: real('confidence').notNull(),
    objections: jsonb('objections').$type<string[]>().notNull(),
    questions: jsonb('questions').$type<string[]>().notNull(),
    keyPoints: jsonb('key_points').$type<string[]>().notNull(),
    entities: jsonb('entities').$type<Entities>().notNull(),
    action: jsonb('action').$type<Action>().notNull(),
    method: text('method').$type<'rules' | 'llm' | 'hybrid'>().notNull(),
    model: text('model'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('interpretations_intent_idx').on(table.intent)],
);

export const calls = pgTable(
  'calls',
  {
    id: id(),
    // Unique: every request of one call (menu, transfer, recording) finds the same row.
    callSid: text('call_sid').notNull().unique(),
    // Null for a withheld number, or for a call first heard of through its recording callback (which has no number).
    leadId: bigint('lead_id', { mode: 'number' }).references(() => leads.id, { onDelete: 'cascade' }),
    fromNumber: text('from_number'),
    toNumber: text('to_number'),
    // Twilio's CallStatus as last reported.
    status: text('status'),
    // The menu keys pressed, in order ("92": 9, then 2).
    digits: text('digits').notNull().default(''),
    // How the transfer to the operator ended (DialCallStatus), when there was one.
    dialStatus: text('dial_status'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    raw: jsonb('raw').$type<Record<string, unknown>>(),
  },
  (table) => [index('calls_lead_started_idx').on(table.leadId, table.startedAt.desc())],
);

export const recordings = pgTable(
  'recordings',
  {
    id: id(),
    // Unique: a replayed recording callback stores nothing twice.
    recordingSid: text('recording_sid').notNull().unique(),
    callId: bigint('call_id', { mode: 'number' })
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    durationSeconds: integer('duration_seconds'),
    status: text('status'),
    raw: jsonb('raw').$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (table) => [index('recordings_call_idx').on(table.callId)],
);

/**
 * Every manual correction made in the operator view: who changed which field
 * of which row, from what to what. No foreign key: the record outlives the row.
 */
export const adminAudit = pgTable(
  'admin_audit',
  {
    id: id(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    // The operator's user name, or "api-token" for a change made through /api.
    actor: text('actor').notNull(),
    entity: text('entity').$type<'lead' | 'interpretation'>().notNull(),
    entityId: bigint('entity_id', { mode: 'number' }).notNull(),
    // The lead the change concerns, so a lead's page lists its corrections (an interpretation's too).
    leadId: bigint('lead_id', { mode: 'number' }),
    field: text('field').notNull(),
    oldValue: text('old_value'),
    newValue: text('new_value'),
  },
  (table) => [
    index('admin_audit_lead_at_idx').on(table.leadId, table.at.desc()),
    index('admin_audit_at_idx').on(table.at.desc(), table.id.desc()),
    check('admin_audit_entity_check', sql`${table.entity} in ('lead','interpretation')`),
  ],
);

export const schema = { campaigns, leads, messages, interpretations, calls, recordings, adminAudit };
