import { z } from 'zod';

/** What a text may quote from `business`, as `{name}`. */
export const PLACEHOLDERS = ['companyName', 'hours', 'address', 'phone', 'email', 'website'] as const;
type Placeholder = (typeof PLACEHOLDERS)[number];

/** Twilio's limit for one SMS body (it is split into segments below that). */
export const SMS_MAX_CHARACTERS = 1600;
/** Twilio's limit for one <Say>. */
export const SAY_MAX_CHARACTERS = 4096;

const PLACEHOLDER = /\{([^{}]*)\}/g;
const known = new Set<string>(PLACEHOLDERS);

const detail = z.string().trim().min(1, 'must not be empty');
const template = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .superRefine((text, context) => {
    const unknown = [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '').filter((name) => !known.has(name));
    if (unknown.length > 0) {
      context.addIssue({
        code: 'custom',
        message: `unknown placeholder ${unknown.map((name) => `{${name}}`).join(', ')}; known: ${PLACEHOLDERS.map((name) => `{${name}}`).join(', ')}`,
      });
    }
  });

/**
 * The reply texts, business details and voice prompts (config/messages.fr.json
 * by default, MESSAGES_FILE to use another). Unknown keys are refused so a
 * typo in a key is an error at start, not a text that silently never shows.
 */
export const messagesFileSchema = z.strictObject({
  business: z.strictObject({
    companyName: detail,
    hours: detail,
    address: detail,
    phone: detail,
    email: z.email('must be an email address'),
    website: detail,
  }),
  sms: z.strictObject({
    help: template,
    info: template,
    hours: template,
    contact: template,
    stop: template,
    start: template,
    defaultReply: z.strictObject({ enabled: z.boolean(), text: template }),
  }),
  voice: z.strictObject({
    /** <Say> and <Gather> language, e.g. fr-FR. */
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})+$/, 'must be a language tag such as fr-FR'),
    /** A Twilio text-to-speech voice, e.g. Polly.Lea; Twilio's default for the language when absent. */
    voice: detail.optional(),
    menu: template,
    noChoice: template,
    invalidChoice: template,
    information: template,
    transfer: template,
    operatorUnavailable: template,
    voicemail: template,
    voicemailThanks: template,
    goodbye: template,
  }),
});

export type MessagesFile = z.infer<typeof messagesFileSchema>;

export type SmsTexts = Omit<MessagesFile['sms'], 'defaultReply'> & {
  /** null: messages that are not keywords get no answer. */
  defaultReply: string | null;
};
export type VoiceTexts = MessagesFile['voice'];

/** The texts with every placeholder filled in, as the service uses them. */
export interface Messages {
  business: MessagesFile['business'];
  sms: SmsTexts;
  voice: VoiceTexts;
}

export function fillPlaceholders(text: string, business: MessagesFile['business']): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (known.has(name) ? business[name as Placeholder] : whole));
}

/** Fills the placeholders; returns the texts too long once filled, as "path: problem" lines. */
export function renderMessages(file: MessagesFile): { messages: Messages; problems: string[] } {
  const fill = (text: string) => fillPlaceholders(text, file.business);
  const problems: string[] = [];
  const limited = (section: string, key: string, text: string, max: number) => {
    const filled = fill(text);
    if (filled.length > max) {
      problems.push(`${section}.${key}: ${filled.length} characters once filled in, more than ${max}`);
    }
    return filled;
  };
  const { defaultReply, ...smsTexts } = file.sms;
  const sms = Object.fromEntries(
    Object.entries(smsTexts).map(([key, text]) => [key, limited('sms', key, text, SMS_MAX_CHARACTERS)]),
  ) as Omit<SmsTexts, 'defaultReply'>;
  const reply = limited('sms', 'defaultReply.text', defaultReply.text, SMS_MAX_CHARACTERS);
  const { language, voice: ttsVoice, ...prompts } = file.voice;
  const voice = Object.fromEntries(
    Object.entries(prompts).map(([key, text]) => [key, limited('voice', key, text, SAY_MAX_CHARACTERS)]),
  ) as Omit<VoiceTexts, 'language' | 'voice'>;
  return {
    messages: {
      business: file.business,
      sms: { ...sms, defaultReply: defaultReply.enabled ? reply : null },
      voice: { ...voice, language, ...(ttsVoice ? { voice: ttsVoice } : {}) },
    },
    problems,
  };
}
