import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpretText } from '../../agents/interpreter/interpret-text.js';
import { ResponseListenerAgent } from '../../agents/response-listener-agent.js';
import { interpretationSchema } from '../../src/domain/interpretation.js';
import { inboundSmsSchema, parseInboundSms, type FormParams, type InboundSms } from '../../src/twilio/inbound-sms.js';
import { expectNothingInherited } from '../helpers/nothing-inherited.js';
import { FormBodyError, parseFormBody, TWILIO_FORM_LIMITS } from '../../webhook/form-body-parser.js';

/**
 * Any code point but a lone surrogate half: fast-check 4's replacement for
 * fullUnicodeString. Lengths span the whole range asked for, not only the
 * first ten characters fast-check generates by default.
 */
const fullUnicode = (constraints: { minLength?: number; maxLength?: number } = {}) =>
  fc.string({ unit: 'binary', size: (constraints.maxLength ?? 10) > 200 ? 'large' : 'medium', ...constraints });

/** What the parser did with a body: parameters, or a refusal that is the client's fault. */
function parseOutcome(body: Buffer): { params: Record<string, string | string[]> } | { refused: number } {
  try {
    return { params: parseFormBody(body) };
  } catch (error) {
    if (error instanceof FormBodyError) return { refused: error.statusCode };
    throw error;
  }
}

function expectWellFormedParams(params: Record<string, string | string[]>): void {
  expectNothingInherited(params);
  const entries = Object.entries(params);
  expect(entries.length).toBeLessThanOrEqual(TWILIO_FORM_LIMITS.maxParameters);
  for (const [name, value] of entries) {
    expect(name.length).toBeGreaterThan(0);
    expect(name.length).toBeLessThanOrEqual(TWILIO_FORM_LIMITS.maxNameLength);
    const values = Array.isArray(value) ? value : [value];
    if (Array.isArray(value)) expect(value.length).toBeGreaterThan(1);
    for (const single of values) {
      expect(typeof single).toBe('string');
      expect(single.length).toBeLessThanOrEqual(TWILIO_FORM_LIMITS.maxValueLength);
    }
  }
}

const SPECIAL_PIECES = [
  '%',
  '+',
  '&',
  '=',
  '%%',
  '%zz',
  '%4',
  '%E0%A4%A',
  '%FF',
  '%C3',
  '%C3%A9',
  '%ED%A0%80',
  '%F4%90%80%80',
  '%C0%AF',
  '%00',
  '%25',
  '%2B',
  '%26',
  '%3D',
  '__proto__',
  'constructor',
  'Body',
  'From',
  'MessageSid',
];

/** Bodies built from the pieces that trip form parsers: bare %, broken escapes, separators, prototype names. */
const adversarialBody = fc
  .array(fc.oneof(fc.constantFrom(...SPECIAL_PIECES), fullUnicode({ maxLength: 6 })), { maxLength: 80, size: 'medium' })
  .map((pieces) => pieces.join(''));

/** Bodies around the limits: many parameters, or one long value made of plain, escaped or multi-byte units. */
const oversizedBody = fc.oneof(
  fc.integer({ min: 95, max: 110 }).map((count) => Array.from({ length: count }, (_, i) => `P${i}=v`).join('&')),
  fc.integer({ min: 95, max: 110 }).map((count) => 'Body=x' + '&'.repeat(count)),
  fc
    .tuple(fc.constantFrom('x', '%41', '+', 'é', '%C3%A9', '😀'), fc.integer({ min: 16_370, max: 16_400 }))
    .map(([unit, count]) => `AddOns=${unit.repeat(count)}`),
  fc.integer({ min: 60, max: 70 }).map((length) => `${'N'.repeat(length)}=1`),
);

describe('parseFormBody against random and adversarial bodies', () => {
  it.each([
    ['random ASCII text', fc.string({ maxLength: 200, size: 'medium' }).map((text) => Buffer.from(text, 'utf8'))],
    ['random Unicode text', fullUnicode({ maxLength: 200 }).map((text) => Buffer.from(text, 'utf8'))],
    ['random bytes', fc.uint8Array({ maxLength: 300, size: 'large' }).map((bytes) => Buffer.from(bytes))],
    ['strings of %, +, &, = and broken escapes', adversarialBody.map((text) => Buffer.from(text, 'utf8'))],
    ['bodies at the parameter and length limits', oversizedBody.map((text) => Buffer.from(text, 'utf8'))],
  ])(
    'when the body is %s, then it parses into plain string parameters or is refused with 400 or 413',
    (_kind, body) => {
      fc.assert(
        fc.property(body, (bytes) => {
          const outcome = parseOutcome(bytes);
          if ('refused' in outcome) expect([400, 413]).toContain(outcome.refused);
          else expectWellFormedParams(outcome.params);
        }),
        { numRuns: 500 },
      );
    },
  );

  it('when any parameters are encoded as a browser or Twilio would, then they parse back exactly, repeated names included', () => {
    const name = fullUnicode({ minLength: 1, maxLength: 20 });
    const entries = fc.array(
      fc.tuple(fc.oneof(name, fc.constantFrom('Body', 'MediaUrl0', '__proto__')), fullUnicode({ maxLength: 40 })),
      { maxLength: TWILIO_FORM_LIMITS.maxParameters, size: 'medium' },
    );
    fc.assert(
      fc.property(entries, (pairs) => {
        const expected: Record<string, string | string[]> = Object.create(null);
        for (const [key, value] of pairs) {
          const existing = expected[key];
          if (existing === undefined) expected[key] = value;
          else if (Array.isArray(existing)) existing.push(value);
          else expected[key] = [existing, value];
        }
        const parsed = parseFormBody(Buffer.from(new URLSearchParams(pairs).toString(), 'utf8'));
        expect(Object.entries(parsed)).toEqual(Object.entries(expected));
      }),
      { numRuns: 500 },
    );
  });
});

const twilioSid = (prefix: string) => fc.stringMatching(/^[0-9a-zA-Z]{32}$/).map((tail) => prefix + tail);

/** Numbers as they reach us: E.164, national, with a channel prefix, short codes, sender ids, or anything at all. */
const address = fc.oneof(
  fc.stringMatching(/^\+[1-9]\d{7,14}$/),
  fc.stringMatching(/^0[1-9](?: ?\d\d){4}$/),
  fc.stringMatching(/^00[1-9]\d{8,12}$/),
  fc.constantFrom('whatsapp:+33612345678', 'sms:06 12 34 56 78', 'BERINIA', '36180', ' +33 6 12 34 56 78 '),
  fullUnicode({ minLength: 1, maxLength: 64 }),
);

/** A Twilio-looking value for the fields the listener reads beyond the schema. */
const extraFields = fc.dictionary(
  fc.oneof(
    fc.constantFrom(
      'MediaUrl0',
      'MediaContentType0',
      'MediaUrl1',
      'FromCity',
      'FromState',
      'FromZip',
      'FromCountry',
      'AddOns',
      'Latitude',
      'constructor',
      'toString',
      'hasOwnProperty',
    ),
    fullUnicode({ minLength: 1, maxLength: 20 }),
  ),
  fc.oneof(fullUnicode({ maxLength: 40 }), fc.array(fullUnicode({ maxLength: 10 }), { minLength: 2, maxLength: 3 })),
  { maxKeys: 8, noNullPrototype: true },
);

/** Payloads the route would hand to the listener: whatever inboundSmsSchema accepts. */
const acceptedPayload = fc
  .tuple(
    fc.record(
      {
        MessageSid: fc.stringMatching(/^[A-Za-z0-9]{1,64}$/),
        From: address,
        To: address,
        Body: fullUnicode({ maxLength: 1600 }),
        AccountSid: twilioSid('AC'),
        MessagingServiceSid: twilioSid('MG'),
        NumMedia: fc.stringMatching(/^\d{1,2}$/),
        OptOutType: fc.oneof(fc.constantFrom('STOP', 'start', ' Help ', ''), fullUnicode({ maxLength: 8 })),
      },
      { requiredKeys: ['MessageSid', 'From', 'To', 'Body'] },
    ),
    extraFields,
  )
  .map(([fields, extra]) => inboundSmsSchema.safeParse({ ...extra, ...fields }))
  .filter((parsed) => parsed.success)
  .map((parsed) => parsed.data as InboundSms);

describe('parseInboundSms against random forms', () => {
  const anyForm = fc
    .tuple(
      fc.record(
        {
          MessageSid: fc.oneof(fc.stringMatching(/^[A-Za-z0-9]{1,64}$/), fullUnicode({ maxLength: 70 })),
          From: fc.oneof(address, fc.constant('')),
          To: address,
          Body: fullUnicode({ maxLength: 40 }),
          AccountSid: fc.oneof(twilioSid('AC'), fullUnicode({ maxLength: 40 })),
          NumMedia: fc.oneof(
            fc.stringMatching(/^\d{1,3}$/),
            fc.array(fc.constant('1'), { minLength: 2, maxLength: 2 }),
          ),
        },
        { requiredKeys: [] },
      ),
      extraFields,
    )
    .map(([fields, extra]) => ({ ...extra, ...fields }) as FormParams);

  it('when any form comes in, then it accepts and refuses exactly what inboundSmsSchema does, and hands on the same fields', () => {
    fc.assert(
      fc.property(anyForm, (form) => {
        const ours = parseInboundSms(form);
        const schema = inboundSmsSchema.safeParse(form);

        expect(ours.success).toBe(schema.success);
        if (ours.success && schema.success) expect({ ...ours.data }).toEqual(schema.data);
        if (!ours.success && !schema.success) expect(ours.error.issues).toEqual(schema.error.issues);
      }),
      { numRuns: 500 },
    );
  });
});

describe('ResponseListenerAgent.processSms against random accepted payloads', () => {
  it('when any accepted payload comes in, then it never throws, numbers stay strings and raw_data is the payload as received (NUL, which PostgreSQL cannot store, replaced)', () => {
    const listener = new ResponseListenerAgent();
    fc.assert(
      fc.property(acceptedPayload, (payload) => {
        const normalised = listener.processSms(payload, { idempotencyToken: null });

        expect(typeof normalised.sender).toBe('string');
        expect(typeof normalised.recipient).toBe('string');
        const storable = JSON.parse(JSON.stringify(payload).replaceAll('\\u0000', '\\ufffd')) as unknown;
        expect(normalised.raw_data).toEqual(storable);
        expect(normalised.content).toBe(payload.Body.replaceAll('\u0000', '\ufffd'));
        expect(normalised.message_sid).toBe(payload.MessageSid);
        expect(Number.isInteger(normalised.extracted_data.num_media)).toBe(true);
        for (const media of normalised.extracted_data.media) expect(typeof media.url).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});

const SMS_PIECES = [
  'stop',
  'STOP',
  'Stop',
  'pas',
  'ne',
  'non',
  'oui',
  'ok',
  'merci',
  'arrêt',
  'arrete',
  'rappelez',
  'moi',
  'demain',
  '14h',
  'jeudi',
  'intéressé',
  'combien',
  'mauvais numéro',
  "c'est",
  "m'intéresse",
  'unsubscribe',
  'please',
  'call me',
  'not interested',
  '👍',
  '🙂',
  '🔥',
  '👎',
  '😡',
  '🇫🇷',
  '❤️',
  'https://garage-martin.fr/contact?x=1',
  'www.exemple.com',
  'contact@martin.fr',
  '06 12 34 56 78',
  '+33612345678',
  '0033 6 12 34 56 78',
  '1600',
  '?',
  '!!!',
  '...',
  ',',
  '#C12',
  '[spring-2026]',
];

/** SMS-like texts: real words, negations, emojis, URLs and digits in random order and spacing. */
const smsLikeText = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...SMS_PIECES), fullUnicode({ maxLength: 4 })),
      fc.constantFrom(' ', '', '\n', ', ', '. '),
    ),
    {
      maxLength: 40,
      size: 'medium',
    },
  )
  .map((pieces) => pieces.map(([piece, separator]) => piece + separator).join(''));

function expectContract(text: string): void {
  const interpretation = interpretText(text);
  expect(interpretationSchema.safeParse(interpretation).error).toBeUndefined();
  expect(interpretation.confidence).toBeGreaterThanOrEqual(0);
  expect(interpretation.confidence).toBeLessThanOrEqual(1);
  expect(interpretation.do_not_contact).toBe(interpretation.intent === 'opt_out');
}

describe('interpretText against random texts', () => {
  it('when the text is any Unicode up to 2000 characters, then it never throws and satisfies the interpretation contract', () => {
    fc.assert(fc.property(fullUnicode({ maxLength: 2000 }), expectContract), { numRuns: 300 });
  });

  it('when the text mixes SMS words, negations, emojis, URLs and digits, then it never throws and satisfies the interpretation contract', () => {
    fc.assert(fc.property(smsLikeText, expectContract), { numRuns: 1000 });
  });

  const surrounding = fc.string({
    unit: fc.constantFrom(
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '.',
      ',',
      '!',
      '?',
      ';',
      ':',
      '…',
      '-',
      '(',
      ')',
      '"',
      "'",
      '«',
      '»',
      '*',
      '¡',
      '¿',
    ),
    maxLength: 5,
  });

  it('when the whole message is STOP, ARRET or UNSUBSCRIBE in any case with spaces or punctuation around, then it is an opt-out with do_not_contact', () => {
    const keyword = fc.mixedCase(fc.constantFrom('stop', 'arret', 'arrêt', 'unsubscribe'));
    fc.assert(
      fc.property(surrounding, keyword, surrounding, (before, word, after) => {
        const interpretation = interpretText(before + word + after);
        expect(interpretation.intent).toBe('opt_out');
        expect(interpretation.do_not_contact).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
