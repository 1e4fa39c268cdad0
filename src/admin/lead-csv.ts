import { parse } from 'csv-parse/sync';
import type { CountryCode } from 'libphonenumber-js';
import { toE164 } from '../phone.js';

export const IMPORT_COLUMNS = ['name', 'company', 'phone', 'email', 'campaign', 'message', 'sent_at', 'message_sid'];
export const MAX_IMPORT_ROWS = 50_000;

export interface LineError {
  line: number;
  message: string;
}

export interface ImportRow {
  line: number;
  phoneE164: string;
  name: string | null;
  company: string | null;
  email: string | null;
  campaignId: string | null;
  /** A message already sent to the lead, loaded as an outbound message. */
  outbound: { body: string; sentAt: Date; messageSid: string | null } | null;
}

export type ParsedCsv = { ok: true; rows: ImportRow[]; errors: LineError[] } | { ok: false; error: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SENT_AT = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)\s*(Z|[+-]\d{2}:?\d{2})$/i;
const MESSAGE_SID = /^[A-Za-z0-9]{2,64}$/;
const LIMITS: Record<string, number> = { name: 200, company: 200, email: 254, campaign: 100, message: 5000 };

/** An ISO 8601 instant with its offset (2026-05-04T09:30:00+02:00 or …Z): a bare local time is ambiguous. */
function parseSentAt(text: string): Date | null {
  const match = SENT_AT.exec(text);
  if (!match) return null;
  const offset = match[3]?.toUpperCase() === 'Z' ? 'Z' : match[3]?.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const date = new Date(`${match[1]}T${match[2]}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Lines a record spans beyond its first: the line breaks inside its quoted fields. */
const innerLineBreaks = (fields: string[]) => fields.reduce((sum, f) => sum + (f.match(/\r\n|\r|\n/g)?.length ?? 0), 0);

function toRow(line: number, record: Record<string, string>, region: CountryCode): ImportRow | string {
  const value = (name: string) => {
    const text = (record[name] ?? '').trim();
    return text === '' ? null : text;
  };
  for (const [name, max] of Object.entries(LIMITS)) {
    if ((value(name)?.length ?? 0) > max) return `${name} is longer than ${max} characters`;
  }
  const phone = value('phone');
  if (!phone) return 'phone is missing';
  const phoneE164 = toE164(phone, region);
  if (!phoneE164) return `phone "${phone}" is not a valid phone number`;
  const email = value('email');
  if (email && !EMAIL.test(email)) return `email "${email}" is not an email address`;
  const [body, sentAtText, messageSid] = [value('message'), value('sent_at'), value('message_sid')];
  if (!body && (sentAtText || messageSid)) return 'sent_at and message_sid need a message';
  let outbound: ImportRow['outbound'] = null;
  if (body) {
    if (!sentAtText) return 'sent_at is missing (when was the message sent?)';
    const sentAt = parseSentAt(sentAtText);
    if (!sentAt)
      return `sent_at "${sentAtText}" is not a date and time with its offset, e.g. 2026-05-04T09:30:00+02:00`;
    if (messageSid && !MESSAGE_SID.test(messageSid)) return `message_sid "${messageSid}" is not a message SID`;
    outbound = { body, sentAt, messageSid };
  }
  const campaignId = value('campaign');
  return { line, phoneE164, name: value('name'), company: value('company'), email, campaignId, outbound };
}

/**
 * Reads a lead file: a header naming the columns (any order, any case), then
 * one lead per line — a lead may repeat, once per message sent to it.
 * Comma or semicolon separated, as the header uses. Each bad row is reported
 * with its line number and the others are kept.
 */
export function parseLeadCsv(text: string, region: CountryCode): ParsedCsv {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const errors: LineError[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each record comes with where it ends (the types do not say so).
    records = parse(text, {
      bom: true,
      delimiter,
      info: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        if (error) errors.push({ line: Number(error.lines), message: error.message });
      },
    }) as unknown as typeof records;
  } catch (error) {
    return { ok: false, error: `not a CSV file: ${(error as Error).message}` };
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, error: 'the file is empty' };
  const columns = header.record.map((name) => name.trim().toLowerCase());
  const unknown = columns.filter((name) => !IMPORT_COLUMNS.includes(name));
  if (unknown.length > 0) {
    return { ok: false, error: `unknown column(s) ${unknown.join(', ')}; expected ${IMPORT_COLUMNS.join(', ')}` };
  }
  if (!columns.includes('phone')) return { ok: false, error: 'the header has no phone column' };
  if (new Set(columns).size !== columns.length) return { ok: false, error: 'a column is named twice in the header' };
  if (body.length > MAX_IMPORT_ROWS) return { ok: false, error: `more than ${MAX_IMPORT_ROWS} rows: split the file` };

  const rows: ImportRow[] = [];
  for (const { record, info } of body) {
    const line = info.lines - innerLineBreaks(record);
    const row = toRow(line, Object.fromEntries(columns.map((name, index) => [name, record[index] ?? ''])), region);
    if (typeof row === 'string') errors.push({ line, message: row });
    else rows.push(row);
  }
  errors.sort((a, b) => a.line - b.line);
  return { ok: true, rows, errors };
}
