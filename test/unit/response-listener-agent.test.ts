import { describe, expect, it } from 'vitest';
import { ResponseListenerAgent } from '../../agents/response-listener-agent.js';
import { inboundSmsSchema, type InboundSms } from '../../src/twilio/inbound-sms.js';
import { sampleInboundSms, type SampleSmsInput } from '../../src/twilio/sample-sms.js';
import { uniqueMessageSid } from '../helpers/twilio-requests.js';

const NOW = new Date('2026-03-14T09:30:00.000Z');
const OUR_NUMBER = '+33700000001';

/** A listener whose lead store answers `lastOutbound` and remembers whom it was asked about. */
function listenerWith(lastOutbound: string | null = 'C9') {
  const asked: string[] = [];
  const listener = new ResponseListenerAgent({
    leads: {
      findLastOutboundCampaign: async (phone: string) => {
        asked.push(phone);
        return lastOutbound;
      },
    },
    clock: () => NOW,
  });
  return { listener, asked };
}

/** An inbound SMS exactly as Twilio posts it, through the schema the route uses. */
const sms = (input: Partial<SampleSmsInput> & { body: string }): InboundSms =>
  inboundSmsSchema.parse(
    sampleInboundSms({ from: '06 12 34 56 78', to: OUR_NUMBER, messageSid: uniqueMessageSid(), ...input }),
  );

describe('ResponseListenerAgent.processSms', () => {
  it("when a lead answers from a national number, then the response has the seed's normalised format", async () => {
    const { listener } = listenerWith(null);
    const payload = sms({ from: '06 12 34 56 78', to: '07 00 00 00 01', body: ' Oui merci ' });

    const normalised = await listener.processSms(payload);

    expect(normalised).toEqual({
      source: 'sms',
      sender: '+33612345678',
      recipient: '+33700000001',
      content: ' Oui merci ',
      campaign_id: null,
      received_at: '2026-03-14T09:30:00.000Z',
      message_sid: payload.MessageSid,
      extracted_data: {
        campaign_source: 'none',
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

  it('when the body starts with a campaign tag, then the campaign comes from the tag and the last outbound message is not looked up', async () => {
    const { listener, asked } = listenerWith('C9');

    const normalised = await listener.processSms(sms({ body: '#C123 oui' }));

    expect(normalised.campaign_id).toBe('C123');
    expect(normalised.content).toBe('#C123 oui');
    expect(normalised.extracted_data).toMatchObject({ campaign_source: 'tag', text: 'oui' });
    expect(asked).toEqual([]);
  });

  it('when the body has no tag, then the campaign of the last outbound message to the sender (by E.164) is used', async () => {
    const { listener, asked } = listenerWith('C9');

    const normalised = await listener.processSms(sms({ from: '0033612345678', body: 'oui' }));

    expect(normalised.campaign_id).toBe('C9');
    expect(normalised.extracted_data.campaign_source).toBe('last_outbound');
    expect(asked).toEqual(['+33612345678']);
  });

  it('when there is no tag and no outbound message, then the campaign is null', async () => {
    const { listener } = listenerWith(null);

    const normalised = await listener.processSms(sms({ body: 'oui' }));

    expect(normalised.campaign_id).toBeNull();
    expect(normalised.extracted_data.campaign_source).toBe('none');
  });

  it('when the SMS carries media, then each media URL is listed with its content type', async () => {
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

    const { extracted_data } = await listener.processSms(payload);

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

    const normalised = await listener.processSms(sms({ body: 'STOP', extra: { OptOutType: optOutType } }));

    expect(normalised.extracted_data.opt_out_type).toBe(expected);
  });

  it('when Twilio sends an idempotency token, then it is kept with the message', async () => {
    const { listener } = listenerWith();

    const normalised = await listener.processSms(sms({ body: 'ok' }), { idempotencyToken: 'b1c2d3-retry-token' });

    expect(normalised.extracted_data.idempotency_token).toBe('b1c2d3-retry-token');
  });

  it('when Twilio knows where the sender is, then only the known location fields are kept', async () => {
    const { listener } = listenerWith();

    const normalised = await listener.processSms(
      sms({
        body: 'ok',
        extra: { FromCity: 'LYON', FromState: '', FromZip: '69001', FromCountry: 'FR', ToCity: 'PARIS' },
      }),
    );

    expect(normalised.extracted_data.sender_location).toEqual({ city: 'LYON', zip: '69001', country: 'FR' });
  });

  it('when the sender is a short code or carries a channel prefix, then it is kept as a number without the prefix', async () => {
    const { listener } = listenerWith(null);

    expect((await listener.processSms(sms({ from: '36 180', body: 'ok' }))).sender).toBe('36180');
    expect((await listener.processSms(sms({ from: 'whatsapp:+33612345678', body: 'ok' }))).sender).toBe('+33612345678');
  });

  it('when the normalised raw_data is changed, then the payload Twilio sent is not', async () => {
    const { listener } = listenerWith();
    const payload = sms({ body: 'ok', extra: { AddOns: '{"status":"successful"}' } });

    const normalised = await listener.processSms(payload);
    normalised.raw_data.Body = 'changed';

    expect(normalised.raw_data).not.toBe(payload);
    expect(payload.Body).toBe('ok');
    expect(normalised.raw_data.AddOns).toBe('{"status":"successful"}');
  });
});
