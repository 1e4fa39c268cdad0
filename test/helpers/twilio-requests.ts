import { randomBytes } from 'node:crypto';
import twilio from 'twilio';
import { sampleInboundSms } from '../../src/twilio/sample-sms.js';
import { TEST_ACCOUNT_SID, TEST_AUTH_TOKEN } from './test-config.js';

export const PUBLIC_BASE_URL = 'https://sms.example.test';

let counter = 0;
/** A French mobile number no other test uses. */
export function uniquePhone(): string {
  counter += 1;
  const suffix = (Number.parseInt(randomBytes(3).toString('hex'), 16) % 1_000_000) * 100 + (counter % 100);
  return `+336${String(suffix).padStart(8, '0')}`;
}

export const uniqueMessageSid = () => 'SM' + randomBytes(16).toString('hex');

export interface SignedForm {
  payload: string;
  headers: Record<string, string>;
  params: Record<string, string>;
}

/** A form body and headers signed with the SDK's own function, as Twilio sends them. */
export function signedForm(
  params: Record<string, string>,
  options: { url?: string; token?: string; path?: string } = {},
): SignedForm {
  const url = options.url ?? PUBLIC_BASE_URL + (options.path ?? '/webhook/sms-response');
  return {
    payload: new URLSearchParams(params).toString(),
    params,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': twilio.getExpectedTwilioSignature(options.token ?? TEST_AUTH_TOKEN, url, params),
    },
  };
}

export function smsParams(fields: {
  from?: string;
  body: string;
  messageSid?: string;
  to?: string;
  extra?: Record<string, string>;
}) {
  return sampleInboundSms({
    from: fields.from ?? uniquePhone(),
    to: fields.to ?? '+33700000001',
    body: fields.body,
    messageSid: fields.messageSid ?? uniqueMessageSid(),
    accountSid: TEST_ACCOUNT_SID,
    extra: fields.extra,
  });
}
