import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { TEST_ACCOUNT_SID } from '../helpers/test-config.js';
import { signedForm } from '../helpers/twilio-requests.js';

const SMS_PATH = '/webhook/sms-response';
const FORM = 'application/x-www-form-urlencoded';
/** Every answer the route may give to a client's input; a 5xx would mean we broke, not the client. */
const CLIENT_ANSWERS = [200, 400, 403, 413, 415];

const fullUnicode = (maxLength: number, minLength = 0) =>
  fc.string({ unit: 'binary', minLength, maxLength, size: maxLength > 200 ? 'large' : 'medium' });
/** Header values as HTTP can carry them: printable ASCII. */
const headerText = fc.string({ unit: 'grapheme-ascii', maxLength: 60, size: 'medium' });

const FORM_PIECES = ['%', '+', '&', '=', '%zz', '%E0%A4%A', '%FF', '%00', '%C3%A9', 'Body=', 'From=', 'MessageSid='];

const randomBody = fc.oneof(
  fc.string({ maxLength: 300, size: 'medium' }),
  fullUnicode(300),
  fc.uint8Array({ maxLength: 400, size: 'large' }).map((bytes) => Buffer.from(bytes)),
  fc
    .array(fc.oneof(fc.constantFrom(...FORM_PIECES), fullUnicode(8)), { maxLength: 60, size: 'medium' })
    .map((pieces) => pieces.join('')),
  fc
    .dictionary(fullUnicode(12, 1), fullUnicode(40), { maxKeys: 30, size: 'medium' })
    .map((params) => new URLSearchParams(params).toString()),
);

const contentType = fc.option(
  fc.oneof(
    fc.constantFrom(
      FORM,
      `${FORM}; charset=utf-8`,
      'APPLICATION/X-WWW-FORM-URLENCODED',
      'application/json',
      'text/plain',
      'multipart/form-data; boundary=x',
      `${FORM}-x`,
      '',
    ),
    headerText,
  ),
  { nil: undefined },
);

const signature = fc.option(
  fc.oneof(
    fc.constant(''),
    fc.base64String({ minLength: 28, maxLength: 28 }),
    fc.base64String({ minLength: 28, maxLength: 28 }).map((value) => [value, value]),
    fc.base64String({ minLength: 28, maxLength: 28 }).map((value) => ` ${value} `),
    headerText,
  ),
  { nil: undefined },
);

const headerCombo = fc
  .record({
    'content-type': contentType,
    'x-twilio-signature': signature,
    'i-twilio-idempotency-token': fc.option(headerText, { nil: undefined }),
    'x-forwarded-proto': fc.option(fc.constantFrom('http', 'https', 'ftp'), { nil: undefined }),
    'x-forwarded-host': fc.option(fc.constantFrom('evil.example', 'sms.example.test'), { nil: undefined }),
  })
  .map((headers) =>
    Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== undefined)),
  ) as fc.Arbitrary<Record<string, string | string[]>>;

const query = fc.option(
  fc.oneof(fc.constantFrom('campaign=abc', '%zz', 'a=%FF', '', 'a&a&a'), fc.webQueryParameters()),
  { nil: undefined },
);

/** Characters that are valid UTF-8 yet trouble storage and logs: NUL, C0/C1 controls, separators, BOM. */
const CONTROL_CHARACTERS = ['\u0000', '\u0001', '\b', '\u001b', '\u007f', '\u0085', '\u200b', '\u2028', '\ufeff'];
const textWithControls = fc
  .array(fc.oneof(fc.constantFrom(...CONTROL_CHARACTERS), fullUnicode(6)), { maxLength: 30, size: 'medium' })
  .map((pieces) => pieces.join(''));

/** Mostly what Twilio sends, sometimes anything at all. */
const mostly = <T>(usual: fc.Arbitrary<T>, unusual: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 5, arbitrary: usual }, { weight: 1, arbitrary: unusual });

/** Random values in Twilio's fields, with and without the optional ones, and fields Twilio never sends. */
const randomSmsParams = fc
  .tuple(
    fc.record(
      {
        MessageSid: mostly(fc.stringMatching(/^SM[0-9a-f]{32}$/), fullUnicode(70)),
        From: mostly(
          fc.oneof(fc.stringMatching(/^\+336\d{8}$/), fc.stringMatching(/^0[67](?: ?\d\d){4}$/), fullUnicode(64, 1)),
          fullUnicode(70),
        ),
        To: mostly(fc.constant('+33700000001'), fullUnicode(70)),
        Body: fc.oneof(fullUnicode(1700), textWithControls),
        AccountSid: mostly(fc.constant(TEST_ACCOUNT_SID), fullUnicode(40)),
        MessagingServiceSid: mostly(fc.stringMatching(/^MG[0-9a-f]{32}$/), fullUnicode(40)),
        NumMedia: mostly(fc.stringMatching(/^\d{1,2}$/), fullUnicode(4)),
        OptOutType: fc.oneof(fc.constantFrom('STOP', 'START', 'HELP'), fullUnicode(8)),
        MediaUrl0: fullUnicode(80),
        FromCountry: fullUnicode(4),
      },
      { requiredKeys: ['MessageSid', 'From', 'To', 'Body'] },
    ),
    fc.dictionary(fullUnicode(16, 1), fc.oneof(fullUnicode(60), textWithControls), { maxKeys: 10, size: 'medium' }),
  )
  .map(([fields, extra]) => ({ ...extra, ...fields }) as Record<string, string>);

describe('random requests to POST /webhook/sms-response on the embedded database', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('embedded');
  });
  afterAll(async () => {
    await t.close();
  });

  it('when the body is random text, bytes or form pieces under any mix of headers and query, then the answer is never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(randomBody, headerCombo, query, async (payload, headers, search) => {
        const response = await t.app.inject({
          method: 'POST',
          url: search === undefined ? SMS_PATH : `${SMS_PATH}?${search}`,
          payload,
          headers,
        });
        expect(CLIENT_ANSWERS).toContain(response.statusCode);
      }),
      { numRuns: 400 },
    );
  });

  it('when a correctly signed form carries random values in Twilio fields and unknown ones, then the answer is never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(randomSmsParams, async (params) => {
        const form = signedForm(params);
        const response = await t.app.inject({
          method: 'POST',
          url: SMS_PATH,
          payload: form.payload,
          headers: form.headers,
        });
        expect(CLIENT_ANSWERS).toContain(response.statusCode);
      }),
      { numRuns: 300 },
    );
  });
});
