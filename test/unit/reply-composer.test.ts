import { describe, expect, it } from 'vitest';
import { createReplyComposer, keywordReply, replyWithoutDatabase } from '../../agents/reply-composer.js';
import { ResponseInterpreterAgent } from '../../agents/response-interpreter-agent.js';
import type { SmsTexts } from '../../src/config/messages-schema.js';
import type { LeadContext } from '../../src/domain/lead.js';
import type { ExtractedData, NormalisedResponse } from '../../src/domain/normalised-response.js';
import { uniqueMessageSid, uniquePhone } from '../helpers/twilio-requests.js';

const texts: SmsTexts = {
  help: 'help text',
  info: 'info text',
  hours: 'hours text',
  contact: 'contact text',
  stop: 'stop text',
  start: 'start text',
  defaultReply: null,
};
const withDefault: SmsTexts = { ...texts, defaultReply: 'default text' };

function normalisedSms(text: string, extracted: Partial<ExtractedData> = {}): NormalisedResponse {
  return {
    source: 'sms',
    sender: uniquePhone(),
    recipient: '+33700000001',
    content: text,
    campaign_id: null,
    received_at: '2026-03-14T09:30:00.000Z',
    message_sid: uniqueMessageSid(),
    extracted_data: {
      campaign_source: 'none',
      text,
      num_media: 0,
      media: [],
      sender_location: {},
      account_sid: null,
      messaging_service_sid: null,
      opt_out_type: null,
      idempotency_token: null,
      ...extracted,
    },
    raw_data: { Body: text },
  };
}

const optedOut: LeadContext = { id: 1, status: 'unsubscribed', doNotContact: true, campaignId: null };
const contacted: LeadContext = { id: 2, status: 'contacted', doNotContact: false, campaignId: null };

/** The composer as the agent calls it: with the agent's own interpretation of the message. */
function compose(smsTexts: SmsTexts, text: string, lead: LeadContext | null, extracted: Partial<ExtractedData> = {}) {
  const normalised = normalisedSms(text, extracted);
  const interpreted = new ResponseInterpreterAgent({ leads: unusedStore }).interpret(normalised, { lead });
  return createReplyComposer(smsTexts)({ ...interpreted, normalised, optedOut: lead?.doNotContact ?? false });
}
const unusedStore = {
  recordInbound: async () => {
    throw new Error('not used');
  },
};

describe('createReplyComposer', () => {
  it.each([
    ['AIDE', 'help text'],
    ['Help', 'help text'],
    ['INFO', 'info text'],
    ['horaires', 'hours text'],
    ['Contact', 'contact text'],
    ['STOP', 'stop text'],
    ['Arrêt', 'stop text'],
    ['STOPALL', 'stop text'],
    ['désinscription', 'stop text'],
    ['START', 'start text'],
    ['UNSTOP', 'start text'],
  ])('when the message is %j, then the answer is %j', (text, expected) => {
    expect(compose(texts, text, contacted)).toBe(expected);
  });

  it('when an opted-out lead answers OUI or YES, then the START confirmation is the answer', () => {
    expect(compose(texts, 'OUI', optedOut)).toBe('start text');
    expect(compose(texts, 'yes', optedOut)).toBe('start text');
  });

  it('when a lead who is not opted out answers OUI, then there is no answer', () => {
    expect(compose(texts, 'OUI', contacted)).toBeNull();
    expect(compose(withDefault, 'OUI', null)).toBe('default text');
  });

  it.each(['information', 'stopper', 'stop svp', 'aide moi', 'Horaires ?!x'])(
    'when %j is not a command on its own, then there is no answer',
    (text) => {
      expect(compose(texts, text, contacted)).toBeNull();
    },
  );

  it.each(['STOP', 'START', 'HELP'] as const)(
    'when Twilio says OptOutType=%s, then it has answered already and we do not',
    (optOutType) => {
      const word = optOutType === 'HELP' ? 'AIDE' : optOutType;
      expect(compose(texts, word, contacted, { opt_out_type: optOutType })).toBeNull();
      expect(compose(withDefault, word, contacted, { opt_out_type: optOutType })).toBeNull();
    },
  );

  it('when a default reply is configured, then any other message gets it', () => {
    expect(compose(withDefault, 'Bonjour, vous êtes qui ?', contacted)).toBe('default text');
    expect(compose(withDefault, 'Bonjour', null)).toBe('default text');
  });

  it('when a default reply is configured, then a command still gets its own text', () => {
    expect(compose(withDefault, 'CONTACT', contacted)).toBe('contact text');
  });

  it('when a default reply is configured, then an opted-out lead and a message that opts out in words get none', () => {
    expect(compose(withDefault, 'ok merci', optedOut)).toBeNull();
    expect(compose(withDefault, 'ne me contactez plus', contacted)).toBeNull();
  });

  it('when no default reply is configured, then any other message gets no answer', () => {
    expect(compose(texts, 'Bonjour, vous êtes qui ?', contacted)).toBeNull();
  });
});

describe('keywordReply', () => {
  it('when there is no command, then there is no answer', () => {
    expect(keywordReply(null, null, texts)).toBeNull();
  });
});

describe('replyWithoutDatabase (the message is spooled)', () => {
  it.each([
    ['AIDE', 'help text'],
    ['info', 'info text'],
    ['HORAIRES', 'hours text'],
    ['contact', 'contact text'],
    ['Stop.', 'stop text'],
    ['START', 'start text'],
  ])('when %j arrives, then its answer needs no database: %j', (text, expected) => {
    expect(replyWithoutDatabase(normalisedSms(text), texts)).toBe(expected);
  });

  it('when STOP arrives with OptOutType=STOP, then Twilio has answered and we do not', () => {
    expect(replyWithoutDatabase(normalisedSms('STOP', { opt_out_type: 'STOP' }), texts)).toBeNull();
  });

  it('when OUI or any other message arrives, then nothing is answered, even with a default reply configured', () => {
    expect(replyWithoutDatabase(normalisedSms('OUI'), withDefault)).toBeNull();
    expect(replyWithoutDatabase(normalisedSms('Bonjour'), withDefault)).toBeNull();
  });

  it('when the body starts with a campaign tag, then the command is read after it', () => {
    expect(replyWithoutDatabase(normalisedSms('#SPRING STOP', { text: 'STOP' }), texts)).toBe('stop text');
  });
});
