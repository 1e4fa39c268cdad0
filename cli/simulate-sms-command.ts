import { parseArgs } from 'node:util';
import { randomSid, sampleInboundSms, signTwilioRequest } from '../src/twilio/sample-sms.js';
import { loadCliConfig } from './load-cli-config.js';

const SMS_PATH = '/webhook/sms-response';

/**
 * Posts an SMS webhook to a running server exactly as Twilio would (every
 * field, signed with the configured or development token), then reads back
 * what was stored.
 */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      from: { type: 'string' },
      body: { type: 'string' },
      to: { type: 'string' },
      url: { type: 'string' },
      'message-sid': { type: 'string' },
    },
    strict: true,
  });
  if (!values.from || values.body === undefined) {
    process.stderr.write(
      'usage: simulate-sms --from +33612345678 --body "Oui ça m\'intéresse" [--to +33…] [--url http://127.0.0.1:8001/webhook/sms-response]\n',
    );
    return 2;
  }
  const config = loadCliConfig();
  if (!config) return 1;
  const [authToken] = config.twilio.authTokens;
  const target = values.url ?? `http://${config.host}:${config.port}${SMS_PATH}`;
  // The server checks the URL Twilio would have called: the public one when configured.
  const signedUrl = config.publicBaseUrl
    ? config.publicBaseUrl + new URL(target).pathname + new URL(target).search
    : target;
  const params = sampleInboundSms({
    from: values.from,
    to: values.to ?? config.twilio.phoneNumber ?? '+33700000000',
    body: values.body,
    accountSid: config.twilio.accountSid ?? randomSid('AC'),
    messageSid: values['message-sid'],
  });
  const response = await fetch(target, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': signTwilioRequest(authToken!, signedUrl, params),
      'i-twilio-idempotency-token': randomSid('idem-'),
    },
    body: new URLSearchParams(params).toString(),
  });
  process.stdout.write(`HTTP ${response.status}\n${await response.text()}\n`);
  if (!response.ok) return 1;

  const readUrl = new URL(`/internal/messages/${params.MessageSid}`, target);
  // The server checks every signature against PUBLIC_BASE_URL when set, this read-back included.
  const signedReadUrl = config.publicBaseUrl ? config.publicBaseUrl + readUrl.pathname : readUrl.toString();
  const readBack = await fetch(readUrl, {
    headers: { 'x-twilio-signature': signTwilioRequest(authToken!, signedReadUrl, {}) },
  });
  if (!readBack.ok) {
    process.stderr.write(`could not read the stored interpretation back (HTTP ${readBack.status})\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(await readBack.json(), null, 2)}\n`);
  return 0;
}
