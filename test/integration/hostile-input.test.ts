import net from 'node:net';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interpretations, leads, messages } from '../../src/db/schema.js';
import { BODY_LIMIT_BYTES } from '../../webhook/app.js';
import { TWILIO_FORM_LIMITS } from '../../webhook/form-body-parser.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { TEST_ACCOUNT_SID, TEST_AUTH_TOKEN } from '../helpers/test-config.js';
import { databaseKinds } from '../helpers/test-database.js';
import { signedForm, smsParams, uniqueMessageSid, uniquePhone } from '../helpers/twilio-requests.js';

const PREVIOUS_AUTH_TOKEN = 'previous-auth-token-fedcba9876543210';
const UNKNOWN_AUTH_TOKEN = 'unknown-auth-token-00112233445566778899';
const OTHER_ACCOUNT_SID = 'AC' + 'f'.repeat(32);
const SMS_PATH = '/webhook/sms-response';
const FORM = 'application/x-www-form-urlencoded';

interface HostileRequest {
  payload: string | Buffer;
  headers: Record<string, string | string[]>;
  url?: string;
}

/** What one hostile request is about: the MessageSid it carries and every phone number it names. */
interface Footprint {
  messageSid: string;
  phones: string[];
}

const footprintOf = (params: Record<string, string>, ...otherPhones: string[]): Footprint => ({
  messageSid: params.MessageSid!,
  phones: [params.From!, ...otherPhones],
});

/** The signed form with its parameters changed after signing: the header still carries the original signature. */
const resigned = (form: ReturnType<typeof signedForm>, params: Record<string, string>): HostileRequest => ({
  payload: new URLSearchParams(params).toString(),
  headers: form.headers,
});

/** A body as raw bytes with a Twilio-shaped signature header: the parser must refuse it before any check. */
const rawForm = (payload: string | Buffer): HostileRequest => ({
  payload,
  headers: { 'content-type': FORM, 'x-twilio-signature': 'A'.repeat(27) + '=' },
});

/** Sends bytes over a real TCP connection (inject skips Node's HTTP parser) and returns what came back. */
function sendOverSocket(port: number, request: Buffer): Promise<{ statusCode: number; raw: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // A server refusing a request may reset the connection once it has answered: the answer is what counts.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      const raw = Buffer.concat(chunks).toString('latin1');
      const status = /^HTTP\/1\.1 (\d{3}) /.exec(raw);
      if (status) resolve({ statusCode: Number(status[1]), raw });
      else reject(new Error(`no HTTP answer on the socket: ${JSON.stringify(raw.slice(0, 120))}`));
    });
    socket.write(request);
  });
}

/** An HTTP/1.1 request written by hand, header lines exactly as given (repeats included). */
function httpRequest(path: string, headerLines: string[], body: string): Buffer {
  const head = [
    `POST ${path} HTTP/1.1`,
    'Host: sms.example.test',
    'Connection: close',
    `Content-Type: ${FORM}`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    ...headerLines,
  ];
  return Buffer.from(`${head.join('\r\n')}\r\n\r\n${body}`, 'utf8');
}

describe.each(databaseKinds())('hostile input to POST /webhook/sms-response on the %s database', (kind) => {
  /** Default settings, also listening on a real socket for what inject cannot send. */
  let open: TestApp;
  /** TWILIO_ACCOUNT_SID set and a token being rotated out. */
  let guarded: TestApp;
  let port: number;

  beforeAll(async () => {
    [open, guarded] = await Promise.all([
      createTestApp(kind),
      createTestApp(kind, { TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID, TWILIO_AUTH_TOKEN_PREVIOUS: PREVIOUS_AUTH_TOKEN }),
    ]);
    await open.app.listen({ host: '127.0.0.1', port: 0 });
    const address = open.app.server.address();
    if (address === null || typeof address === 'string') throw new Error('the test app is not listening on TCP');
    port = address.port;
  });
  afterAll(async () => {
    await Promise.all([open?.close(), guarded?.close()]);
  });

  async function post(request: HostileRequest, target: TestApp = open): Promise<LightMyRequestResponse> {
    const response = await target.app.inject({
      method: 'POST',
      url: request.url ?? SMS_PATH,
      payload: request.payload,
      headers: request.headers,
    });
    expect(response.statusCode, `hostile input answered ${response.body}`).toBeLessThan(500);
    return response;
  }

  const messageRows = (target: TestApp, sid: string) =>
    target.database.handle.db.select().from(messages).where(eq(messages.messageSid, sid));
  const leadRows = (target: TestApp, phone: string) =>
    target.database.handle.db.select().from(leads).where(eq(leads.phoneE164, phone));

  function expectLogsKeepSecrets(target: TestApp, phones: string[]): void {
    const logged = target.logs.text();
    for (const phone of phones) {
      expect(logged).not.toContain(phone);
      expect(logged).not.toContain(phone.replace(/^\+/, ''));
    }
    for (const token of [TEST_AUTH_TOKEN, PREVIOUS_AUTH_TOKEN, UNKNOWN_AUTH_TOKEN]) expect(logged).not.toContain(token);
  }

  /** The status, then every other exit door: no message, no lead, nothing secret in the logs. */
  async function expectRefused(
    response: LightMyRequestResponse,
    statusCode: number,
    footprint: Footprint,
    target: TestApp = open,
  ): Promise<void> {
    expect(response.statusCode).toBe(statusCode);
    expect(await messageRows(target, footprint.messageSid)).toEqual([]);
    for (const phone of footprint.phones) expect(await leadRows(target, phone)).toEqual([]);
    expectLogsKeepSecrets(target, footprint.phones);
  }

  async function expectStoredOnce(target: TestApp, params: Record<string, string>) {
    const stored = await messageRows(target, params.MessageSid!);
    expect(stored).toHaveLength(1);
    expect(await leadRows(target, params.From!)).toHaveLength(1);
    expectLogsKeepSecrets(target, [params.From!]);
    return stored[0]!;
  }

  /** The reason the signature check gave for the latest refusal on that app. */
  const lastSignatureRefusal = (target: TestApp = open) =>
    target.logs.lines.filter((line) => line.event === 'sms.rejected_signature').at(-1)?.reason;

  describe('forgery is refused with 403 and writes nothing', () => {
    it('when From is changed after signing, then neither the signed nor the forged number gets a lead', async () => {
      const params = smsParams({ body: 'oui' });
      const forgedPhone = uniquePhone();
      const form = signedForm(params);

      const response = await post(resigned(form, { ...params, From: forgedPhone }));

      await expectRefused(response, 403, footprintOf(params, forgedPhone));
      expect(lastSignatureRefusal()).toBe('mismatch');
    });

    it.each([
      ['a new field', (sid: string) => `&ForwardedFrom=${encodeURIComponent(uniquePhone())}&Note=${sid}`],
      ['a second, different value for Body', () => '&Body=non'],
      ['an empty field', () => '&Referral='],
      ['a bare name without "="', () => '&Referral'],
    ])('when %s is appended after signing, then it is refused', async (_added, suffix) => {
      const params = smsParams({ body: 'oui' });
      const form = signedForm(params);

      const response = await post({ ...form, payload: form.payload + suffix(params.MessageSid) });

      await expectRefused(response, 403, footprintOf(params));
    });

    it.each(['ToCity', 'AccountSid', 'NumMedia', 'Body'])(
      'when %s is removed after signing, then it is refused',
      async (field) => {
        const params = smsParams({ body: 'oui' });
        const form = signedForm(params);
        const { [field]: _removed, ...rest } = params;

        const response = await post(resigned(form, rest));

        await expectRefused(response, 403, footprintOf(params));
      },
    );

    it.each([
      ['/webhook/voice', SMS_PATH],
      [SMS_PATH, `${SMS_PATH}?campaign=abc`],
      [`${SMS_PATH}?campaign=abc`, `${SMS_PATH}?campaign=abd`],
      [`${SMS_PATH}?campaign=abc`, SMS_PATH],
      [`${SMS_PATH}?a=1&b=2`, `${SMS_PATH}?b=2&a=1`],
    ])('when the body signed for %s is posted to %s, then it is refused', async (signedPath, postedPath) => {
      const params = smsParams({ body: 'oui' });

      const response = await post({ ...signedForm(params, { path: signedPath }), url: postedPath });

      await expectRefused(response, 403, footprintOf(params));
    });

    it('when rotation accepts the current and the previous token, then a signature made with a third token is refused', async () => {
      const params = smsParams({ body: 'oui' });

      const response = await post(signedForm(params, { token: UNKNOWN_AUTH_TOKEN }), guarded);

      await expectRefused(response, 403, footprintOf(params), guarded);
      expect(lastSignatureRefusal(guarded)).toBe('mismatch');
    });

    it('when a request signed with the previous token arrives during a rotation, then it is accepted and stored once', async () => {
      const params = smsParams({ body: "Oui ça m'intéresse" });

      const response = await post(signedForm(params, { token: PREVIOUS_AUTH_TOKEN }), guarded);

      expect(response.statusCode).toBe(200);
      expect(await expectStoredOnce(guarded, params)).toMatchObject({ body: "Oui ça m'intéresse" });
    });

    it.each([
      ['another account', (params: Record<string, string>) => signedForm({ ...params, AccountSid: OTHER_ACCOUNT_SID })],
      [
        'no account at all',
        (params: Record<string, string>) => {
          const { AccountSid: _ours, ...rest } = params;
          return signedForm(rest);
        },
      ],
      [
        // Twilio's SDK signs each distinct value once, so repeating ours keeps the signature valid.
        'our account repeated twice',
        (params: Record<string, string>) => {
          const form = signedForm(params);
          return { ...form, payload: `${form.payload}&AccountSid=${TEST_ACCOUNT_SID}` };
        },
      ],
    ])(
      'when TWILIO_ACCOUNT_SID is set and a validly signed request names %s, then it is refused',
      async (_account, build) => {
        const params = smsParams({ body: 'oui' });

        const response = await post(build(params), guarded);

        await expectRefused(response, 403, footprintOf(params), guarded);
        expect(response.json().message).toBe('Request is not for this Twilio account');
      },
    );

    it.each([
      ['repeated with the same value', (signature: string) => [signature, signature]],
      ['repeated with another value', (signature: string) => [signature, 'A'.repeat(27) + '=']],
      ['padded with a leading space', (signature: string) => ` ${signature}`],
      ['padded with a trailing space', (signature: string) => `${signature} `],
      ['padded on both sides', (signature: string) => `  ${signature}  `],
    ])('when the X-Twilio-Signature header is %s, then it is refused as malformed', async (_shape, shape) => {
      const params = smsParams({ body: 'oui' });
      const form = signedForm(params);

      const response = await post({
        ...form,
        headers: { ...form.headers, 'x-twilio-signature': shape(form.headers['x-twilio-signature']!) },
      });

      await expectRefused(response, 403, footprintOf(params));
      expect(lastSignatureRefusal()).toBe('malformed');
    });

    it('when the X-Twilio-Signature header is sent twice over a real connection, then Node joins them and it is refused', async () => {
      const params = smsParams({ body: 'oui' });
      const form = signedForm(params);
      const signature = form.headers['x-twilio-signature']!;

      const answer = await sendOverSocket(
        port,
        httpRequest(SMS_PATH, [`X-Twilio-Signature: ${signature}`, `X-Twilio-Signature: ${signature}`], form.payload),
      );

      expect(answer.statusCode).toBe(403);
      expect(await messageRows(open, params.MessageSid)).toEqual([]);
      expect(await leadRows(open, params.From)).toEqual([]);
      expectLogsKeepSecrets(open, [params.From]);
    });

    it.each([
      ['one character changed', (signature: string) => (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1)],
      ['well-formed base64 of the right length', () => 'A'.repeat(27) + '='],
      ['the signature of another body', () => signedForm(smsParams({ body: 'non' })).headers['x-twilio-signature']!],
    ])('when the signature has %s but is wrong, then it is refused as a mismatch', async (_shape, forge) => {
      const params = smsParams({ body: 'oui' });
      const form = signedForm(params);
      const forged = forge(form.headers['x-twilio-signature']!);
      expect(forged).toHaveLength(28);

      const response = await post({ ...form, headers: { ...form.headers, 'x-twilio-signature': forged } });

      await expectRefused(response, 403, footprintOf(params));
      expect(lastSignatureRefusal()).toBe('mismatch');
    });

    it('when the signature header is empty, then it is refused as missing', async () => {
      const params = smsParams({ body: 'oui' });
      const form = signedForm(params);

      const response = await post({ ...form, headers: { ...form.headers, 'x-twilio-signature': '' } });

      await expectRefused(response, 403, footprintOf(params));
      expect(lastSignatureRefusal()).toBe('missing');
    });
  });

  describe('limits are enforced before anything is written', () => {
    /** A signed SMS padded with extra fields up to `count` parameters in all. */
    const withParameterCount = (count: number) => {
      const base = smsParams({ body: 'oui' });
      const missing = count - Object.keys(base).length;
      const extra = Object.fromEntries(Array.from({ length: missing }, (_, index) => [`X${index}`, 'v']));
      return smsParams({ body: 'oui', from: base.From, messageSid: base.MessageSid, extra });
    };

    it('when a correctly signed body has one parameter more than allowed, then it is refused with 413', async () => {
      const params = withParameterCount(TWILIO_FORM_LIMITS.maxParameters + 1);
      expect(Object.keys(params)).toHaveLength(TWILIO_FORM_LIMITS.maxParameters + 1);

      const response = await post(signedForm(params));

      await expectRefused(response, 413, footprintOf(params));
    });

    it('when a correctly signed body has exactly the allowed number of parameters, then it is stored', async () => {
      const params = withParameterCount(TWILIO_FORM_LIMITS.maxParameters);

      const response = await post(signedForm(params));

      expect(response.statusCode).toBe(200);
      expect((await expectStoredOnce(open, params)).raw).toEqual(params);
    });

    it('when one value is longer than 16 KiB, then it is refused with 413 naming the parameter', async () => {
      const params = smsParams({ body: 'oui', extra: { AddOns: 'x'.repeat(TWILIO_FORM_LIMITS.maxValueLength + 1) } });

      const response = await post(signedForm(params));

      await expectRefused(response, 413, footprintOf(params));
      expect(response.json().message).toBe('parameter AddOns is too long');
    });

    /** A signed SMS whose encoded body is exactly `bytes` long, every value within the per-value limit. */
    const bodyOfSize = (bytes: number) => {
      const first = smsParams({ body: 'oui', extra: { Pad1: 'x'.repeat(16_000), Pad2: '' } });
      const padding = bytes - new URLSearchParams(first).toString().length;
      expect(padding).toBeLessThanOrEqual(TWILIO_FORM_LIMITS.maxValueLength);
      const params = { ...first, Pad2: 'x'.repeat(padding) };
      const form = signedForm(params);
      expect(Buffer.byteLength(form.payload)).toBe(bytes);
      return { params, form };
    };

    it('when the body is one byte over 32 KiB though every value is within its limit, then it is refused with 413', async () => {
      const { params, form } = bodyOfSize(BODY_LIMIT_BYTES + 1);

      const response = await post(form);

      await expectRefused(response, 413, footprintOf(params));
    });

    it('when the body is exactly 32 KiB, then it is stored with every field', async () => {
      const { params, form } = bodyOfSize(BODY_LIMIT_BYTES);

      const response = await post(form);

      expect(response.statusCode).toBe(200);
      expect((await expectStoredOnce(open, params)).raw).toEqual(params);
    });

    it('when a header is over 16 KiB on a real connection, then Node refuses the request with 431', async () => {
      const params = smsParams({ body: 'oui' });
      const form = signedForm(params);
      const request = httpRequest(
        SMS_PATH,
        [`X-Twilio-Signature: ${form.headers['x-twilio-signature']}`, `X-Padding: ${'p'.repeat(17 * 1024)}`],
        form.payload,
      );

      const answer = await sendOverSocket(port, request);

      expect(answer.statusCode).toBe(431);
      expect(await messageRows(open, params.MessageSid)).toEqual([]);
      expect(await leadRows(open, params.From)).toEqual([]);
      expectLogsKeepSecrets(open, [params.From]);
    });

    it.each([
      'application/json',
      'text/plain',
      'multipart/form-data; boundary=----berinia',
      'application/x-www-form-urlencoded-but-not-really',
    ])('when a correctly signed form is sent as %s, then it is refused with 415', async (contentType) => {
      const params = smsParams({ body: 'oui' });
      const form = signedForm(params);

      const response = await post({ ...form, headers: { ...form.headers, 'content-type': contentType } });

      await expectRefused(response, 415, footprintOf(params));
    });

    it.each(['100%', '%zz', '%4', '%FF', '%C3', '%ED%A0%80'])(
      'when Body holds the malformed percent-encoding %j, then it is refused with 400',
      async (encoded) => {
        const messageSid = uniqueMessageSid();
        const phone = uniquePhone();
        const payload = `MessageSid=${messageSid}&From=${encodeURIComponent(phone)}&To=%2B33700000001&Body=${encoded}`;

        const response = await post(rawForm(payload));

        await expectRefused(response, 400, { messageSid, phones: [phone] });
        expect(response.json().message).toMatch(/malformed percent-encoding/);
      },
    );

    it.each([
      ['a stray 0xFF byte', [0xff]],
      ['an overlong encoding of "/"', [0xc0, 0xaf]],
      ['an encoded UTF-16 surrogate', [0xed, 0xa0, 0x80]],
      ['a truncated three-byte sequence', [0xe2, 0x82]],
    ])('when the raw body holds %s, then it is refused with 400 as invalid UTF-8', async (_what, bytes) => {
      const messageSid = uniqueMessageSid();
      const phone = uniquePhone();
      const payload = Buffer.concat([
        Buffer.from(`MessageSid=${messageSid}&From=${encodeURIComponent(phone)}&To=%2B33700000001&Body=oui`),
        Buffer.from(bytes),
      ]);

      const response = await post(rawForm(payload));

      await expectRefused(response, 400, { messageSid, phones: [phone] });
      expect(response.json().message).toBe('body is not valid UTF-8');
    });

    it('when a parameter has a value but no name, then it is refused with 400', async () => {
      const params = smsParams({ body: 'oui' });
      const form = signedForm(params);

      const response = await post({ ...form, payload: `${form.payload}&=x` });

      await expectRefused(response, 400, footprintOf(params));
      expect(response.json().message).toMatch(/has no name/);
    });
  });

  describe('everything Twilio may legitimately send is accepted', () => {
    const interpretationOf = async (messageId: number) =>
      (await open.database.handle.db.select().from(interpretations).where(eq(interpretations.messageId, messageId)))[0];

    it.each([
      ['plain ASCII', 'Oui, rappelez-moi demain vers 14h pour en parler. '],
      ['French with accents (multi-byte)', "Ça m'intéresse, où êtes-vous situés ? À très bientôt, Élodie. "],
    ])('when a Body of exactly 1,600 characters of %s arrives, then it is stored intact', async (_text, sentence) => {
      const body = sentence.repeat(40).slice(0, 1600);
      expect(body).toHaveLength(1600);
      const params = smsParams({ body });

      const response = await post(signedForm(params));

      expect(response.statusCode).toBe(200);
      expect((await expectStoredOnce(open, params)).body).toBe(body);
    });

    it('when the Body is only emojis, then it is stored intact and interpreted as unclear', async () => {
      const params = smsParams({ body: '👍🙂🔥' });

      const response = await post(signedForm(params));

      expect(response.statusCode).toBe(200);
      const message = await expectStoredOnce(open, params);
      expect(message.body).toBe('👍🙂🔥');
      expect(await interpretationOf(message.id)).toMatchObject({ intent: 'unclear' });
    });

    it('when Twilio sends every field plus ones we do not know yet, then raw_data keeps them all as sent', async () => {
      const params = smsParams({
        body: 'Voici les photos',
        extra: {
          NumMedia: '2',
          MediaUrl0: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1',
          MediaContentType0: 'image/jpeg',
          MediaUrl1: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME2',
          MediaContentType1: 'application/pdf',
          AddOns: JSON.stringify({
            status: 'successful',
            message: null,
            code: null,
            results: { lookup: { ok: true } },
          }),
          Latitude: '48.8566',
          Longitude: '2.3522',
          FromCity: 'PARIS',
          FromZip: '75001',
          ReferralNumMedia: '0',
          SomeFieldTwilioAddsNextYear: 'é & = + %',
        },
      });

      const response = await post(signedForm(params));

      expect(response.statusCode).toBe(200);
      const message = await expectStoredOnce(open, params);
      expect(message.raw).toEqual(params);
      expect(message.numMedia).toBe(2);
    });

    it('when a signed message holds a NUL character, then it is refused with 400 or stored, never answered 500', async () => {
      // PostgreSQL's text and jsonb cannot hold U+0000; Twilio retries a 500 and then gives up on the message.
      const params = smsParams({ body: 'Oui\u0000 merci' });

      const response = await post(signedForm(params));

      expect([200, 400]).toContain(response.statusCode);
      expect(await messageRows(open, params.MessageSid)).toHaveLength(response.statusCode === 200 ? 1 : 0);
      expectLogsKeepSecrets(open, [params.From]);
    });
  });
});
