import type { LeadListRow } from './lead-list-query.js';

/** A spreadsheet runs a cell that starts like a formula: make it text (OWASP's "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 cell: formula-like text prefixed with a quote, quoted when it holds a separator, quote or line break. */
export function csvCell(value: string | number | boolean | Date | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: Parameters<typeof csvCell>[0][]) => `${cells.map(csvCell).join(',')}\r\n`;

export const LEAD_CSV_HEADER = [
  'id',
  'phone',
  'name',
  'company',
  'email',
  'status',
  'do_not_contact',
  'opted_out_at',
  'campaign',
  'source',
  'last_reply_at',
  'last_intent',
  'last_confidence',
  'last_reply',
  'created_at',
];

export function leadCsvLine(lead: LeadListRow): string {
  return csvLine([
    lead.id,
    lead.phoneE164,
    lead.name,
    lead.company,
    lead.email,
    lead.status,
    lead.doNotContact,
    lead.optedOutAt,
    lead.campaignId,
    lead.source,
    lead.lastInboundAt,
    lead.lastIntent,
    lead.lastConfidence,
    lead.lastBody,
    lead.createdAt,
  ]);
}
