import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/**
 * E.164 form of a phone number as people and carriers write it
 * (`06 12 34 56 78`, `0033612345678`, `+33 6 12…`), or null when it is not one.
 */
export function toE164(raw: string, defaultRegion: CountryCode = 'FR'): string | null {
  const cleaned = raw.trim().replace(/^00(?=[1-9])/, '+');
  // libphonenumber skips letters; a value with letters is not a phone number to us.
  if (cleaned === '' || /\p{L}/u.test(cleaned)) return null;
  const parsed = parsePhoneNumberFromString(cleaned, defaultRegion);
  return parsed?.isValid() ? parsed.number : null;
}

/**
 * Masks all but the country prefix and the last two digits, so logs can
 * still tell numbers apart without holding personal data.
 */
export function maskPhone(value: string | null | undefined): string {
  if (!value) return '';
  const digits = value.replace(/[^\d+]/g, '');
  if (digits.length <= 8) return '*'.repeat(Math.max(digits.length - 2, 0)) + digits.slice(-2);
  return digits.slice(0, 3) + '*'.repeat(digits.length - 5) + digits.slice(-2);
}
