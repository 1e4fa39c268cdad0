import { describe, expect, it } from 'vitest';
import { FormBodyError, parseFormBody, TWILIO_FORM_LIMITS } from '../../webhook/form-body-parser.js';
import { expectNothingInherited } from '../helpers/nothing-inherited.js';

const parse = (body: string | Buffer) => parseFormBody(typeof body === 'string' ? Buffer.from(body, 'utf8') : body);

/** The FormBodyError a body is refused with. */
function refusal(body: string | Buffer): FormBodyError {
  try {
    parse(body);
  } catch (error) {
    if (error instanceof FormBodyError) return error;
    throw error;
  }
  throw new Error('expected the body to be refused, but it parsed');
}

describe('parseFormBody', () => {
  it('when a name is repeated, then all its values are kept in order', () => {
    expect({ ...parse('MediaUrl=a&To=%2B33700000001&MediaUrl=b&MediaUrl=c') }).toEqual({
      MediaUrl: ['a', 'b', 'c'],
      To: '+33700000001',
    });
  });

  it("when a value holds '+' and percent escapes, then '+' is a space and %2B a plus sign", () => {
    expect({ ...parse('Body=Oui+merci&From=%2B33612345678&Note=a%26b%3Dc') }).toEqual({
      Body: 'Oui merci',
      From: '+33612345678',
      Note: 'a&b=c',
    });
  });

  it('when the body is empty, then there are no parameters', () => {
    expect(Object.keys(parse(''))).toEqual([]);
  });

  it('when a parameter has no "=" or an empty value, then its value is the empty string', () => {
    expect({ ...parse('ToCity=&FromCity&&Body=ok') }).toEqual({ ToCity: '', FromCity: '', Body: 'ok' });
  });

  it('when parameters are named __proto__ or constructor, then they are plain data and no prototype changes', () => {
    const params = parse('__proto__=a&__proto__=b&constructor=c&toString=d');

    expectNothingInherited(params);
    expect(Object.entries(params)).toEqual([
      ['__proto__', ['a', 'b']],
      ['constructor', 'c'],
      ['toString', 'd'],
    ]);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(typeof {}.toString).toBe('function');
  });

  it('when a form has no parameter of the names Object.prototype carries, then reading them finds nothing', () => {
    const params = parse('Body=ok');

    expectNothingInherited(params);
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])
      expect(params[name]).toBeUndefined();
  });

  it('when two forms name the same fields, then they come out alike and apart', () => {
    const first = parse('From=%2B33612345678&Body=oui');
    const second = parse('From=%2B33698765432&Body=non');
    second.Body = 'changed';

    expect({ ...first }).toEqual({ From: '+33612345678', Body: 'oui' });
    expect(Object.getPrototypeOf(first)).toBe(Object.getPrototypeOf(second));
  });

  it('when the bytes are not valid UTF-8, then the body is refused with 400', () => {
    const error = refusal(Buffer.from([0x42, 0x6f, 0x64, 0x79, 0x3d, 0xff]));

    expect(error).toMatchObject({ name: 'FormBodyError', statusCode: 400, message: 'body is not valid UTF-8' });
  });

  it.each(['Body=%E0%A4%A', 'Body=100%', 'Body=%zz', 'Body=%FF'])(
    'when the percent-encoding %j is malformed or decodes to invalid UTF-8, then the body is refused with 400',
    (body) => {
      expect(refusal(body)).toMatchObject({ statusCode: 400, message: expect.stringContaining('parameter 1') });
    },
  );

  it('when a parameter has a value but no name, then the body is refused with 400', () => {
    expect(refusal('Body=ok&=orphan')).toMatchObject({ statusCode: 400, message: 'parameter 2 has no name' });
  });

  it('when there are more parameters than allowed, then the body is refused with 413, and exactly the limit is accepted', () => {
    const body = (count: number) => Array.from({ length: count }, (_, index) => `P${index}=1`).join('&');

    expect(Object.keys(parse(body(TWILIO_FORM_LIMITS.maxParameters)))).toHaveLength(TWILIO_FORM_LIMITS.maxParameters);
    expect(refusal(body(TWILIO_FORM_LIMITS.maxParameters + 1))).toMatchObject({ statusCode: 413 });
  });

  it('when a value is longer than allowed, then the body is refused with 413 naming the parameter', () => {
    const error = refusal(`AddOns=${'x'.repeat(TWILIO_FORM_LIMITS.maxValueLength + 1)}`);

    expect(error).toMatchObject({ statusCode: 413, message: 'parameter AddOns is too long' });
  });

  it('when a name is longer than allowed, then the body is refused with 413', () => {
    expect(refusal(`${'N'.repeat(TWILIO_FORM_LIMITS.maxNameLength + 1)}=1`)).toMatchObject({ statusCode: 413 });
  });

  it('when a body holds emojis and accents, then it round-trips unchanged', () => {
    const body = "Oui ça m'intéresse 👍🏽 — à demain ! 🇫🇷";

    expect(parse(new URLSearchParams({ Body: body }).toString()).Body).toBe(body);
  });

  it('when a body is 1600 characters long (the SMS maximum), then it round-trips unchanged', () => {
    const body = 'é😀 '.repeat(400);
    expect(body).toHaveLength(1600);

    expect(parse(new URLSearchParams({ Body: body, From: '+33612345678' }).toString()).Body).toBe(body);
  });
});
