import { z } from 'zod';

/** A parameter Twilio sends once; a repeated one is as malformed as a missing one. */
const single = z.string({ error: 'must be given once' });
const sid = (prefix: string) =>
  single.regex(new RegExp(`^${prefix}[0-9a-fA-F]{32}$`), `must be a Twilio SID starting with ${prefix}`);
const short = single.max(64);

/**
 * The parameters of Twilio's voice requests (the call, the menu key, the
 * transfer's outcome, the end of a voicemail). Only CallSid is required:
 * a caller may withhold their number, and Digits is absent when no key was
 * pressed. Everything else Twilio sends is kept as received.
 */
export const voiceRequestSchema = z
  .object({
    CallSid: sid('CA'),
    AccountSid: sid('AC').optional(),
    From: short.optional(),
    To: short.optional(),
    CallStatus: short.optional(),
    Digits: short.optional(),
    DialCallStatus: short.optional(),
  })
  .passthrough();

export type VoiceRequest = z.infer<typeof voiceRequestSchema>;

/** Twilio's recording status callback: it carries the call and the recording, not the caller's number. */
export const recordingCallbackSchema = z
  .object({
    CallSid: sid('CA'),
    AccountSid: sid('AC').optional(),
    RecordingSid: sid('RE'),
    RecordingUrl: single.max(2048).regex(/^https:\/\/\S+$/, 'must be an https URL'),
    RecordingDuration: single.regex(/^-?\d{1,6}$/, 'must be a number of seconds').optional(),
    RecordingStatus: short.optional(),
  })
  .passthrough();

export type RecordingCallback = z.infer<typeof recordingCallbackSchema>;

/** Seconds, or null when the callback gives none or a negative one. */
export function durationSecondsOf(value: string | undefined): number | null {
  if (value === undefined) return null;
  const seconds = Number(value);
  return Number.isInteger(seconds) && seconds >= 0 ? seconds : null;
}
