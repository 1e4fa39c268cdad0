import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/**
 * E.164 form of a phone number as people and carriers write it
 * (`06 12 34 56 78`, `0033612345678`, `+33 6 12…`), or null when it is not one.
 */
export function toE164(raw: string, defaultRegion: CountryCode = 'FR'): string | null {
  // Every SMS names our own number as To, and leads write again: parsing is the costly part, so the
  // last few thousand answers are remembered. The function is pure: this changes nothing but the time.
  if (raw.length > MAX_REMEMBERED_LENGTH) return parseE164(raw, defaultRegion);
  const key = `${defaultRegion} ${raw}`;
  const known = recent.get(key);
  if (known !== undefined) return known;
  const e164 = parseE164(raw, defaultRegion);
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value as string);
  recent.set(key, e164);
  return e164;
}

const RECENT_MAX = 4096;
const MAX_REMEMBERED_LENGTH = 40;
const recent = new Map<string, string | null>();

function parseE164(raw: string, defaultRegion: CountryCode): string | null {
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
