import { z } from 'zod';
import { INTENTS } from '../domain/interpretation.js';
import { LEAD_STATUSES } from '../domain/lead.js';

/** An empty form field means "any", as a browser sends every field of a GET form. */
const blankToUndefined = (value: unknown) => (value === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** The same filters for the page, the CSV export and /api/leads. */
export const leadFilterSchema = z.object({
  status: optional(z.enum(LEAD_STATUSES)),
  // Repeatable (?intent=interested&intent=callback): the intent of the lead's last reply is one of these.
  intent: z.preprocess(
    (value) => (value === undefined ? [] : ([] as unknown[]).concat(value).filter((item) => item !== '')),
    z.array(z.enum(INTENTS)).max(INTENTS.length),
  ),
  dnc: optional(z.enum(['yes', 'no'])),
  campaign: optional(z.string().trim().max(100)),
  // The last reply's day, in the server's time zone, both ends included.
  from: optional(day),
  to: optional(day),
  q: optional(z.string().trim().max(100)),
  cursor: optional(z.string().max(200)),
  limit: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(200).default(50)),
});
export type LeadFilters = z.infer<typeof leadFilterSchema>;

/** Keyset position: the last row of a page (its last reply, or null for never, and its id). */
export interface LeadCursor {
  lastInboundAt: Date | null;
  id: number;
}

export function encodeCursor(cursor: LeadCursor): string {
  return Buffer.from(JSON.stringify([cursor.lastInboundAt?.toISOString() ?? null, cursor.id])).toString('base64url');
}

export function decodeCursor(text: string): LeadCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [at, id] = value as [unknown, unknown];
    if (typeof id !== 'number' || !Number.isSafeInteger(id)) return null;
    if (at === null) return { lastInboundAt: null, id };
    if (typeof at !== 'string') return null;
    const date = new Date(at);
    return Number.isNaN(date.getTime()) ? null : { lastInboundAt: date, id };
  } catch {
    return null;
  }
}

/** Start of a YYYY-MM-DD day (or of the next one) in the server's time zone. */
export function dayStart(text: string, plusDays = 0): Date {
  const [year, month, date] = text.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date + plusDays);
}

/** The filters as a query string (without the cursor), for links and the export. */
export function filtersToQuery(filters: LeadFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of ['status', 'dnc', 'campaign', 'from', 'to', 'q'] as const) {
    const value = filters[key];
    if (value !== undefined) params.set(key, value);
  }
  for (const intent of filters.intent) params.append('intent', intent);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}
