import { describe, expect, it } from 'vitest';
import type { InboundRecord, RecordedInbound } from '../../agents/lead-store.js';
import {
  ResponseInterpreterAgent,
  type InterpretedResponse,
  type ReplyComposer,
} from '../../agents/response-interpreter-agent.js';
import { interpretationSchema } from '../../src/domain/interpretation.js';
import { LEAD_STATUSES, type LeadContext } from '../../src/domain/lead.js';
import type { ExtractedData, NormalisedResponse } from '../../src/domain/normalised-response.js';
import { uniqueMessageSid, uniquePhone } from '../helpers/twilio-requests.js';

/** A normalised SMS as the listener produces it; only what a test states differs from a plain reply. */
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

const optedOutLead: LeadContext = { id: 7, status: 'unsubscribed', doNotContact: true, campaignId: 'C9' };
const contactedLead: LeadContext = { id: 8, status: 'contacted', doNotContact: false, campaignId: 'C9' };

/**
 * A lead store that remembers what it was handed and, as the real one does
 * under the row lock, applies the outcome that fits the lead's state.
 */
function fakeLeadStore(lead: LeadContext | null, lastOutboundCampaign: string | null = null) {
  const recorded: InboundRecord[] = [];
  const store = {
    recordInbound: async (record: InboundRecord): Promise<RecordedInbound> => {
      recorded.push(record);
      const optedOutBefore = lead?.doNotContact ?? false;
      const outcome = optedOutBefore ? record.ifOptedOut : record.ifActive;
      return {
        duplicate: false,
        leadId: lead?.id ?? 99,
        messageId: 1234,
        leadCreated: lead === null,
        leadStatus: outcome.leadUpdate.status ?? 'replied',
        doNotContact: outcome.leadUpdate.optOut,
        replyText: outcome.replyText,
        intent: record.interpretation.intent,
        optedOutBefore,
        campaignId: record.normalised.campaign_id ?? lastOutboundCampaign,
      };
    },
  };
  return { store, recorded };
}

const agent = () => new ResponseInterpreterAgent({ leads: fakeLeadStore(null).store });

describe('ResponseInterpreterAgent.interpret', () => {
  it.each([
    ['STOP', null],
    ["Oui ça m'intéresse", null],
    ['rappelez moi demain 14h', contactedLead],
    ['mauvais numéro', null],
    ['👍', null],
    ['OUI', optedOutLead],
    ['START', optedOutLead],
    ['c combien ?', contactedLead],
    ['Non merci, on a déjà un site', null],
    ['', null],
  ] as const)('when %j is interpreted, then the result satisfies the interpretation contract', (text, lead) => {
    const { interpretation, leadUpdate } = agent().interpret(normalisedSms(text), { lead });

    expect(interpretationSchema.safeParse(interpretation).error).toBeUndefined();
    expect(interpretation.do_not_contact).toBe(interpretation.intent === 'opt_out');
    expect(leadUpdate.status === null || LEAD_STATUSES.includes(leadUpdate.status)).toBe(true);
    expect(leadUpdate.optOut && leadUpdate.optIn).toBe(false);
  });

  it('when a lead answers STOP, then the lead is opted out and unsubscribed', () => {
    const result = agent().interpret(normalisedSms('STOP'), { lead: contactedLead });

    expect(result.command).toBe('stop');
    expect(result.leadUpdate).toEqual({ status: 'unsubscribed', optOut: true, optIn: false });
    expect(result.interpretation).toMatchObject({
      intent: 'opt_out',
      do_not_contact: true,
      action: { type: 'blacklist' },
    });
  });

  it('when Twilio reports OptOutType=STOP on a message whose words say otherwise, then the opt-out is recorded anyway', () => {
    const result = agent().interpret(normalisedSms('Bonjour, merci pour le message', { opt_out_type: 'STOP' }), {
      lead: contactedLead,
    });

    expect(result.leadUpdate).toEqual({ status: 'unsubscribed', optOut: true, optIn: false });
    expect(result.interpretation).toMatchObject({
      intent: 'opt_out',
      do_not_contact: true,
      sentiment: 'negative',
      interest_level: 'none',
      action: { type: 'blacklist', details: { reason: 'opt_out', scope: 'all_channels' } },
    });
    expect(result.interpretation.key_points).toContain('opt-out keyword');
    expect(interpretationSchema.safeParse(result.interpretation).success).toBe(true);
  });

  it('when an opted-out lead sends START, then the opt-out is cleared without choosing a stage', () => {
    const result = agent().interpret(normalisedSms('START'), { lead: optedOutLead });

    expect(result.command).toBe('start');
    expect(result.leadUpdate).toEqual({ status: null, optOut: false, optIn: true });
  });

  it('when an opted-out lead answers OUI, then it counts as START', () => {
    const result = agent().interpret(normalisedSms('OUI'), { lead: optedOutLead });

    expect(result.command).toBe('start');
    expect(result.leadUpdate).toEqual({ status: null, optOut: false, optIn: true });
  });

  it('when a lead who is not opted out answers OUI, then it is interest, not an opt-in', () => {
    const result = agent().interpret(normalisedSms('OUI'), { lead: contactedLead });

    expect(result.command).toBeNull();
    expect(result.leadUpdate).toEqual({ status: 'interested', optOut: false, optIn: false });
    expect(result.interpretation.intent).toBe('interested');
  });

  it('when an opted-out lead writes anything other than START, then the opt-out is neither cleared nor repeated', () => {
    const result = agent().interpret(normalisedSms("ok d'accord"), { lead: optedOutLead });

    expect(result.leadUpdate.optIn).toBe(false);
    expect(result.leadUpdate.optOut).toBe(false);
  });

  it('when Twilio reports OptOutType=START, then the opt-out is cleared', () => {
    const result = agent().interpret(normalisedSms('Unstop', { opt_out_type: 'START' }), { lead: optedOutLead });

    expect(result.leadUpdate).toMatchObject({ optOut: false, optIn: true });
  });

  it('when a lead asks for HELP, then it is a help command that changes nothing about the opt-out', () => {
    const result = agent().interpret(normalisedSms('AIDE', { opt_out_type: 'HELP' }), { lead: contactedLead });

    expect(result.command).toBe('help');
    expect(result.leadUpdate).toMatchObject({ optOut: false, optIn: false });
  });

  it('when the body starts with a campaign tag, then only the text after it is interpreted', () => {
    const normalised = { ...normalisedSms('STOP'), content: '#C123 STOP' };

    expect(agent().interpret(normalised, { lead: null }).command).toBe('stop');
  });

  it('when the same message and context are interpreted twice, then the results are equal', () => {
    const normalised = normalisedSms('rappelez moi demain 14h');

    expect(agent().interpret(normalised, { lead: contactedLead })).toEqual(
      agent().interpret(normalised, { lead: contactedLead }),
    );
  });
});

describe('ResponseInterpreterAgent.process', () => {
  it('when a message is processed, then one record is stored with the composed reply for either state of the lead', async () => {
    const { store, recorded } = fakeLeadStore(contactedLead);
    const composed: (InterpretedResponse & { normalised: NormalisedResponse; optedOut: boolean })[] = [];
    const composeReply: ReplyComposer = (input) => {
      composed.push(input);
      return input.command === 'stop' ? 'Vous ne recevrez plus de messages.' : null;
    };
    const normalised = normalisedSms('STOP');

    const processed = await new ResponseInterpreterAgent({ leads: store, composeReply }).process(normalised);

    expect(composed.map((input) => input.optedOut)).toEqual([false, true]);
    expect(composed[0]).toMatchObject({ normalised, command: 'stop', interpretation: { intent: 'opt_out' } });
    expect(recorded).toHaveLength(1);
    const stop = {
      leadUpdate: { status: 'unsubscribed', optOut: true, optIn: false },
      replyText: 'Vous ne recevrez plus de messages.',
    };
    expect(recorded[0]).toMatchObject({
      normalised,
      interpretation: { intent: 'opt_out', do_not_contact: true },
      ifActive: stop,
      ifOptedOut: stop,
    });
    expect(processed).toMatchObject({
      command: 'stop',
      leadUpdate: { optOut: true },
      recorded: { leadId: contactedLead.id, replyText: 'Vous ne recevrez plus de messages.', duplicate: false },
    });
  });

  it('when the stored lead is opted out, then its state decides that OUI means START', async () => {
    const { store, recorded } = fakeLeadStore(optedOutLead);

    const processed = await new ResponseInterpreterAgent({ leads: store }).process(normalisedSms('oui'));

    expect(processed.command).toBe('start');
    expect(processed.leadUpdate).toEqual({ status: null, optOut: false, optIn: true });
    expect(recorded[0]?.ifOptedOut.leadUpdate).toEqual({ status: null, optOut: false, optIn: true });
    expect(recorded[0]?.ifActive.leadUpdate).toEqual({ status: 'interested', optOut: false, optIn: false });
  });

  it('when the lead is not opted out, then OUI is interest and the default reply may go out', async () => {
    const { store } = fakeLeadStore(contactedLead);
    const composeReply: ReplyComposer = ({ optedOut, command }) => (optedOut || command ? null : 'Merci !');

    const processed = await new ResponseInterpreterAgent({ leads: store, composeReply }).process(normalisedSms('oui'));

    expect(processed.command).toBeNull();
    expect(processed.leadUpdate).toEqual({ status: 'interested', optOut: false, optIn: false });
    expect(processed.recorded.replyText).toBe('Merci !');
  });

  it('when the body named no campaign, then the processed message carries the one the store found', async () => {
    const { store } = fakeLeadStore(contactedLead, 'C9');
    const normalised = normalisedSms('oui', { campaign_source: 'unresolved' });

    const processed = await new ResponseInterpreterAgent({ leads: store }).process(normalised);

    expect(processed.normalised.campaign_id).toBe('C9');
    expect(processed.normalised.extracted_data.campaign_source).toBe('last_outbound');
  });

  it('when no reply composer is given, then the message is stored with no reply', async () => {
    const { store, recorded } = fakeLeadStore(null);

    const processed = await new ResponseInterpreterAgent({ leads: store }).process(normalisedSms('HORAIRES'));

    expect(processed.command).toBe('hours');
    expect(recorded).toHaveLength(1);
    expect(recorded[0]?.ifActive.replyText).toBeNull();
    expect(processed.recorded.replyText).toBeNull();
  });
});
