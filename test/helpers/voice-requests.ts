import { randomBytes } from 'node:crypto';
import { TEST_ACCOUNT_SID } from './test-config.js';
import { uniquePhone } from './twilio-requests.js';

export const uniqueCallSid = () => 'CA' + randomBytes(16).toString('hex');
export const uniqueRecordingSid = () => 'RE' + randomBytes(16).toString('hex');

/** The parameters Twilio posts for an inbound call (the first request and every later one of the call). */
export function callParams(
  fields: { callSid?: string; from?: string; to?: string; status?: string; extra?: Record<string, string> } = {},
): Record<string, string> {
  const from = fields.from ?? uniquePhone();
  const to = fields.to ?? '+33700000001';
  return {
    AccountSid: TEST_ACCOUNT_SID,
    ApiVersion: '2010-04-01',
    CallSid: fields.callSid ?? uniqueCallSid(),
    CallStatus: fields.status ?? 'ringing',
    Called: to,
    CalledCountry: 'FR',
    Caller: from,
    CallerCountry: 'FR',
    Direction: 'inbound',
    From: from,
    FromCountry: 'FR',
    To: to,
    ToCountry: 'FR',
    ...fields.extra,
  };
}

/** Twilio's recording status callback: the call and the recording, no caller number. */
export function recordingParams(fields: {
  callSid: string;
  recordingSid?: string;
  duration?: string;
  extra?: Record<string, string>;
}): Record<string, string> {
  const recordingSid = fields.recordingSid ?? uniqueRecordingSid();
  return {
    AccountSid: TEST_ACCOUNT_SID,
    CallSid: fields.callSid,
    RecordingSid: recordingSid,
    RecordingUrl: `https://api.twilio.com/2010-04-01/Accounts/${TEST_ACCOUNT_SID}/Recordings/${recordingSid}`,
    RecordingStatus: 'completed',
    RecordingDuration: fields.duration ?? '17',
    RecordingChannels: '1',
    RecordingSource: 'RecordVerb',
    RecordingStartTime: new Date().toUTCString(),
    ...fields.extra,
  };
}
