export const LEAD_STATUSES = [
  'new',
  'contacted',
  'replied',
  'interested',
  'callback_requested',
  'later',
  'not_interested',
  'wrong_person',
  'unsubscribed',
] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export const LEAD_SOURCES = ['import', 'sms_inbound', 'voice_inbound'] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

/** What the interpreter asks of the lead row; the store applies it under the row lock. */
export interface LeadUpdate {
  /** null: the message says nothing about the lead's stage (e.g. "ok", an emoji). */
  status: LeadStatus | null;
  optOut: boolean;
  /** Only an explicit START (or OUI/YES while opted out) clears an opt-out. */
  optIn: boolean;
}

/** The state of a known lead that interpretation depends on. */
export interface LeadContext {
  id: number;
  status: LeadStatus;
  doNotContact: boolean;
  campaignId: string | null;
}
