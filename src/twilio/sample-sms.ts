import { randomBytes } from 'node:crypto';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks.js';

export interface SampleSmsInput {
  from: string;
  to: string;
  body: string;
  accountSid?: string;
  messageSid?: string;
  extra?: Record<string, string>;
}

export const randomSid = (prefix: string) => prefix + randomBytes(16).toString('hex');

export type InboundSmsForm = Record<string, string> & { MessageSid: string; From: string; To: string; Body: string };

/** Every field Twilio posts for an inbound SMS, as it posts them. */
export function sampleInboundSms(input: SampleSmsInput): InboundSmsForm {
  const messageSid = input.messageSid ?? randomSid('SM');
  return {
    ToCountry: 'FR',
    ToState: '',
    SmsMessageSid: messageSid,
    NumMedia: '0',
    ToCity: '',
    FromZip: '',
    SmsSid: messageSid,
    FromState: '',
    SmsStatus: 'received',
    FromCity: '',
    Body: input.body,
    FromCountry: 'FR',
    To: input.to,
    MessagingServiceSid: randomSid('MG'),
    ToZip: '',
    NumSegments: '1',
    MessageSid: messageSid,
    AccountSid: input.accountSid ?? randomSid('AC'),
    From: input.from,
    ApiVersion: '2010-04-01',
    ...input.extra,
  };
}

/** Signs as Twilio does, with the SDK's own function. */
export function signTwilioRequest(authToken: string, url: string, params: Record<string, string>): string {
  return getExpectedTwilioSignature(authToken, url, params);
}
