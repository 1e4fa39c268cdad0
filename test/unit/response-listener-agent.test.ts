import fc from 'fast-check';
import type { CountryCode } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { ResponseListenerAgent } from '../../agents/response-listener-agent.js';
import { toE164 } from '../../src/phone.js';
import { inboundSmsSchema, type InboundSms } from '../../src/twilio/inbound-sms.js';
import { sampleInboundSms, type SampleSmsInput } from '../../src/twilio/sample-sms.js';
import { uniqueMessageSid } from '../helpers/twilio-requests.js';

const NOW = new Date('2026-03-14T09:30:00.000Z');
const OUR_NUMBER = '+33700000001';

/** A listener with a fixed clock. */
function listenerWith() {
  return { listener: new ResponseListenerAgent({ clock: () => NOW }) };
}

/** An inbound SMS exactly as Twilio posts it, through the schema the route uses. */
const sms = (input: Partial<SampleSmsInput> & { body: string }): InboundSms =>
  inboundSmsSchema.parse(
    sampleInboundSms({ from: '06 12 34 56 78', to: OUR_NUMBER, messageSid: uniqueMessageSid(), ...input }),
  );

describe('ResponseListenerAgent.processSms', () => {
  it("when a lead answers from a national number, then the response has the seed's normalised format", () => {
    const { listener } = listenerWith();
    const payload = sms({ from: '06 12 34 56 78', to: '07 00 00 00 01', body: ' Oui merci ' });

    const normalised = listener.processSms(payload);

    expect(normalised).toEqual({
      source: 'sms',
      sender: '+33612345678',
      recipient: '+33700000001',
      content: ' Oui merci ',
      campaign_id: null,
      received_at: '2026-03-14T09:30:00.000Z',
      message_sid: payload.MessageSid,
      extracted_data: {
        campaign_source: 'unresolved',
        text: 'Oui merci',
        num_media: 0,
        media: [],
        sender_location: { country: 'FR' },
        account_sid: payload.AccountSid,
        messaging_service_sid: payload.MessagingServiceSid,
        opt_out_type: null,
        idempotency_token: null,
      },
      raw_data: { ...payload },
    });
  });

  it('when the body starts with a campaign tag, then the campaign comes from the tag', () => {
    const { listener } = listenerWith();

    const normalised = listener.processSms(sms({ body: '#C123 oui' }));

    expect(normalised.campaign_id).toBe('C123');
    expect(normalised.content).toBe('#C123 oui');
    expect(normalised.extracted_data).toMatchObject({ campaign_source: 'tag', text: 'oui' });
  });

  it('when the body has no tag, then the campaign is left for the store to find (the last outbound one) as it writes', () => {
    const { listener } = listenerWith();

    const normalised = listener.processSms(sms({ from: '0033612345678', body: 'oui' }));

    expect(normalised.campaign_id).toBeNull();
    expect(normalised.sender).toBe('+33612345678');
    expect(normalised.extracted_data.campaign_source).toBe('unresolved');
  });

  it('when the SMS carries media, then each media URL is listed with its content type', () => {
    const { listener } = listenerWith();
    const payload = sms({
      body: 'voici notre vitrine',
      extra: {
        NumMedia: '2',
        MediaUrl0: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1',
        MediaContentType0: 'image/jpeg',
        MediaUrl1: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME2',
      },
    });

    const { extracted_data } = listener.processSms(payload);

    expect(extracted_data.num_media).toBe(2);
    expect(extracted_data.media).toEqual([
      { url: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1', content_type: 'image/jpeg' },
      { url: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME2', content_type: null },
    ]);
  });

  it.each([
    ['STOP', 'STOP'],
    ['start', 'START'],
    [' HELP ', 'HELP'],
    ['SOMETHING', null],
  ] as const)('when Twilio adds OptOutType=%j, then opt_out_type is %j', async (optOutType, expected) => {
    const { listener } = listenerWith();

    const normalised = listener.processSms(sms({ body: 'STOP', extra: { OptOutType: optOutType } }));

    expect(normalised.extracted_data.opt_out_type).toBe(expected);
  });

  it('when Twilio sends an idempotency token, then it is kept with the message', () => {
    const { listener } = listenerWith();

    const normalised = listener.processSms(sms({ body: 'ok' }), { idempotencyToken: 'b1c2d3-retry-token' });

    expect(normalised.extracted_data.idempotency_token).toBe('b1c2d3-retry-token');
  });

  it('when Twilio knows where the sender is, then only the known location fields are kept', () => {
    const { listener } = listenerWith();

    const normalised = listener.processSms(
      sms({
        body: 'ok',
        extra: { FromCity: 'LYON', FromState: '', FromZip: '69001', FromCountry: 'FR', ToCity: 'PARIS' },
      }),
    );

    expect(normalised.extracted_data.sender_location).toEqual({ city: 'LYON', zip: '69001', country: 'FR' });
  });

  it('when the sender is a short code or carries a channel prefix, then it is kept as a number without the prefix', () => {
    const { listener } = listenerWith();

    expect(listener.processSms(sms({ from: '36 180', body: 'ok' })).sender).toBe('36180');
    expect(listener.processSms(sms({ from: 'whatsapp:+33612345678', body: 'ok' })).sender).toBe('+33612345678');
  });

  it('when the normalised raw_data is changed, then the payload Twilio sent is not', () => {
    const { listener } = listenerWith();
    const payload = sms({ body: 'ok', extra: { AddOns: '{"status":"successful"}' } });

    const normalised = listener.processSms(payload);
    normalised.raw_data.Body = 'changed';

    expect(normalised.raw_data).not.toBe(payload);
    expect(payload.Body).toBe('ok');
    expect(normalised.raw_data.AddOns).toBe('{"status":"successful"}');
  });
});

describe('ResponseListenerAgent.normaliseNumber', () => {
  /** What the listener answers without its shortcut for French E.164: the full parse, or the value as sent. */
  const parsedOrKept = (value: string, region: CountryCode) => toE164(value, region) ?? value.replace(/\s+/g, '');

  it('when Twilio sends a French number in E.164, then the answer is the one the full parse gives, whatever the default region', () => {
    const nationalNumber = fc
      .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 99_999_999 }))
      .map(([first, rest]) => `${first}${String(rest).padStart(8, '0')}`);
    fc.assert(
      fc.property(nationalNumber, fc.constantFrom<CountryCode>('FR', 'BE', 'US', 'GB'), (national, region) => {
        const value = `+33${national}`;
        const listener = new ResponseListenerAgent({ defaultRegion: region });

        expect(listener.normaliseNumber(value)).toBe(parsedOrKept(value, region));
        expect(listener.normaliseNumber(`sms:${value}`)).toBe(parsedOrKept(value, region));
      }),
      { numRuns: 2000 },
    );
  });

  it('when a French number carries its trunk 0 after +33, then it still goes through the full parse, which drops it', () => {
    const listener = new ResponseListenerAgent();

    expect(listener.normaliseNumber('+330612345678')).toBe('+33612345678');
    expect(listener.normaliseNumber('+33 6 12 34 56 78')).toBe('+33612345678');
  });
});
