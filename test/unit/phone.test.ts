import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskPhone, toE164 } from '../../src/phone.js';

describe('toE164', () => {
  it.each([
    '06 12 34 56 78',
    '0612345678',
    '06.12.34.56.78',
    '+33612345678',
    '0033612345678',
    '00 33 6 12 34 56 78',
    '+33 6 12 34 56 78',
    '  +33 (0)6 12 34 56 78 ',
  ])('when a French mobile is written %j, then it becomes +33612345678', (written) => {
    expect(toE164(written)).toBe('+33612345678');
  });

  it.each(['', '   ', 'abc', '123', '06 12 34', '+336123456789', '0612345678999', '00'])(
    'when %j is not a phone number, then the result is null',
    (written) => {
      expect(toE164(written)).toBeNull();
    },
  );

  it('when a national number is read with another default region, then it is read in that region', () => {
    expect(toE164('(415) 867-5309', 'US')).toBe('+14158675309');
    expect(toE164('020 7946 0958', 'GB')).toBe('+442079460958');
    expect(toE164('06 12 34 56 78', 'US')).toBeNull();
  });

  it('when a number carries its own country code, then the default region does not change it', () => {
    expect(toE164('+44 20 7946 0958', 'FR')).toBe('+442079460958');
    expect(toE164('+1 415 867 5309', 'FR')).toBe('+14158675309');
    expect(toE164('0033612345678', 'US')).toBe('+33612345678');
  });
});

describe('maskPhone', () => {
  it('when a French E.164 number is masked, then only +33 and the last two digits remain', () => {
    expect(maskPhone('+33612345678')).toBe('+33*******78');
  });

  it('when the number is written with spaces or a channel prefix, then the same mask comes out', () => {
    expect(maskPhone('+33 6 12 34 56 78')).toBe('+33*******78');
    expect(maskPhone('whatsapp:+33612345678')).toBe('+33*******78');
  });

  it('when a value is eight characters or shorter, then only its last two digits are shown', () => {
    expect(maskPhone('36180')).toBe('***80');
    expect(maskPhone('1234567')).toBe('*****67');
  });

  it.each([null, undefined, ''])('when the value is %j, then the mask is empty', (value) => {
    expect(maskPhone(value)).toBe('');
  });

  it('when any E.164 number is masked, then no more than a 3-character prefix and the last two digits are revealed', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+[1-9]\d{7,14}$/), (e164) => {
        const masked = maskPhone(e164);
        expect(masked).toHaveLength(e164.length);
        expect(masked.slice(-2)).toBe(e164.slice(-2));
        expect(masked.slice(3, -2)).toMatch(/^\*+$/);
      }),
    );
  });
});
