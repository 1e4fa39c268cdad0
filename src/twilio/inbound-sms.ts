import { z } from 'zod';

export type FormParams = Record<string, string | string[]>;

/** A parameter Twilio sends once; a repeated one is as malformed as a missing one. */
const single = z.string({ error: 'must be given once' });
const sid = (prefix: string) =>
  single.regex(new RegExp(`^${prefix}[0-9a-zA-Z]{32}$`), `must be a Twilio SID starting with ${prefix}`);

/** The inbound SMS parameters the pipeline reads. Only From, To, Body and MessageSid are required. */
const inboundSmsFields = z.object({
  MessageSid: single
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9]+$/, 'must be alphanumeric'),
  From: single.min(1).max(64),
  To: single.min(1).max(64),
  Body: single.max(1600 * 4),
  AccountSid: sid('AC').optional(),
  MessagingServiceSid: sid('MG').optional(),
  NumMedia: single.regex(/^\d{1,2}$/, 'must be a small number').optional(),
  OptOutType: single.optional(),
});

/** Twilio's inbound SMS parameters: the named ones checked, everything else Twilio sends kept as received. */
export const inboundSmsSchema = inboundSmsFields.passthrough();

export type InboundSms = z.infer<typeof inboundSmsSchema>;

export type InboundSmsParse = { success: true; data: InboundSms } | { success: false; error: z.ZodError };

/**
 * inboundSmsSchema.safeParse without the copy: zod checks the named fields
 * (it changes no value), and the form itself is handed on, every parameter
 * as received. Passing the twenty others through zod cost three times the check.
 */
export function parseInboundSms(params: FormParams): InboundSmsParse {
  const checked = inboundSmsFields.safeParse(params);
  return checked.success ? { success: true, data: params as InboundSms } : { success: false, error: checked.error };
}

export const REQUIRED_SMS_FIELDS = ['From', 'To', 'Body', 'MessageSid'] as const;

/** One sentence naming every missing or malformed field, for a 400 answer. */
export function describeInvalidSms(error: z.ZodError): string {
  const missing: string[] = [];
  const malformed: string[] = [];
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'body');
    const isMissing = issue.code === 'invalid_type' && issue.input === undefined;
    if (isMissing) missing.push(field);
    else malformed.push(`${field} ${issue.message}`);
  }
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`missing field${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
  if (malformed.length > 0) parts.push(`malformed: ${malformed.join('; ')}`);
  return parts.join('; ');
}
