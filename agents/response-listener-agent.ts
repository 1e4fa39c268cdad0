import type { CountryCode } from 'libphonenumber-js';
import type { ExtractedData, NormalisedResponse } from '../src/domain/normalised-response.js';
import type { InboundSms } from '../src/twilio/inbound-sms.js';
import { toE164 } from '../src/phone.js';
import { splitCampaignTag } from './campaign-tag.js';

export interface ResponseListenerDependencies {
  clock?: () => Date;
  defaultRegion?: CountryCode;
}

export interface ListenOptions {
  /** Twilio's I-Twilio-Idempotency-Token header, kept with the message. */
  idempotencyToken?: string | null;
}

const OPT_OUT_TYPES = new Set(['STOP', 'START', 'HELP']);
/** +33 and a national number without its trunk 0: nothing for libphonenumber to strip or rewrite. */
const FRENCH_E164 = /^\+33[1-9]\d{8}$/;

/**
 * First agent of the pipeline: turns Twilio's form fields into BerinIA's
 * normalised response. It knows nothing of HTTP or of the database and
 * decides nothing: a campaign the body does not name is the lead's last
 * outbound one, which the store finds as it writes the message.
 */
export class ResponseListenerAgent {
  readonly #clock: () => Date;
  readonly #region: CountryCode;

  constructor(dependencies: ResponseListenerDependencies = {}) {
    this.#clock = dependencies.clock ?? (() => new Date());
    this.#region = dependencies.defaultRegion ?? 'FR';
  }

  processSms(payload: InboundSms, options: ListenOptions = {}): NormalisedResponse {
    const sender = this.normaliseNumber(payload.From);
    const recipient = this.normaliseNumber(payload.To);
    const { campaignId, text } = splitCampaignTag(payload.Body);
    const raw = withoutNul(payload as unknown as Record<string, string | string[]>);
    return {
      source: 'sms',
      sender,
      recipient,
      content: stripNul(payload.Body),
      campaign_id: campaignId,
      received_at: this.#clock().toISOString(),
      message_sid: payload.MessageSid,
      extracted_data: {
        campaign_source: campaignId === null ? 'unresolved' : 'tag',
        text,
        num_media: Number(payload.NumMedia ?? 0),
        media: mediaOf(raw),
        sender_location: locationOf(raw, 'From'),
        account_sid: payload.AccountSid ?? null,
        messaging_service_sid: payload.MessagingServiceSid ?? null,
        opt_out_type: optOutTypeOf(payload.OptOutType),
        idempotency_token: options.idempotencyToken ?? null,
      },
      raw_data: raw,
    };
  }

  /** E.164 when it is a phone number; a short code or sender id is kept as sent. */
  normaliseNumber(value: string): string {
    const withoutChannel = stripNul(value)
      .trim()
      .replace(/^(?:sms|whatsapp):/i, '');
    // Parsing is the listener's costliest step, and for the number Twilio sends for a French lead it could only
    // give back the same string (valid) or nothing (kept as sent): either way, the string itself.
    if (FRENCH_E164.test(withoutChannel)) return withoutChannel;
    return toE164(withoutChannel, this.#region) ?? withoutChannel.replace(/\s+/g, '');
  }
}

function optOutTypeOf(value: string | undefined): ExtractedData['opt_out_type'] {
  const upper = value?.trim().toUpperCase();
  return upper && OPT_OUT_TYPES.has(upper) ? (upper as 'STOP' | 'START' | 'HELP') : null;
}

function mediaOf(raw: Record<string, string | string[]>): ExtractedData['media'] {
  const media: ExtractedData['media'] = [];
  for (let index = 0; index < 10; index += 1) {
    const url = raw[`MediaUrl${index}`];
    if (typeof url !== 'string') break;
    const type = raw[`MediaContentType${index}`];
    media.push({ url, content_type: typeof type === 'string' ? type : null });
  }
  return media;
}

function locationOf(raw: Record<string, string | string[]>, prefix: 'From' | 'To'): ExtractedData['sender_location'] {
  const location: ExtractedData['sender_location'] = {};
  for (const [suffix, key] of [
    ['City', 'city'],
    ['State', 'state'],
    ['Zip', 'zip'],
    ['Country', 'country'],
  ] as const) {
    const value = raw[prefix + suffix];
    if (typeof value === 'string' && value !== '') location[key] = value;
  }
  return location;
}

const hasNul = (value: string) => value.includes('\u0000');

function anyNul(params: Record<string, string | string[]>): boolean {
  for (const name in params) {
    const value = params[name] as string | string[];
    if (hasNul(name) || (Array.isArray(value) ? value.some(hasNul) : hasNul(value))) return true;
  }
  return false;
}

/**
 * PostgreSQL text and jsonb cannot hold U+0000. The signature was checked on
 * the message as sent; what is stored has NUL replaced, so the message is
 * kept rather than refused by the database.
 */
function stripNul(value: string): string {
  return hasNul(value) ? value.replaceAll('\u0000', '\uFFFD') : value;
}

function withoutNul(params: Record<string, string | string[]>): Record<string, string | string[]> {
  // A NUL is almost never there: look once, and then copy in one step rather than key by key (which builds a
  // dictionary-mode object). A copy still: the normalised response is not the payload Twilio sent.
  if (!anyNul(params)) return { ...params };
  const copy: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(params)) {
    copy[stripNul(name)] = Array.isArray(value) ? value.map(stripNul) : stripNul(value);
  }
  return copy;
}
