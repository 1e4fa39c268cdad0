import type { CountryCode } from 'libphonenumber-js';
import { findPhoneNumbersInText } from 'libphonenumber-js';
import type { Entities } from '../../src/domain/interpretation.js';
import { SOCIAL_DOMAINS, TIME_EXPRESSIONS } from './lexicon-entities.js';
import { PrefixedPatterns } from './prefixed-pattern.js';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[a-z]{2,24}/giu;
// Scheme or www. URLs, and bare domains on common TLDs ("martin-paysage.com").
const URL_WITH_PREFIX = /\b(?:https?:\/\/|www\.)[^\s<>"']+/giu;
const BARE_DOMAIN =
  /(?<![@\w.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:fr|com|net|org|eu|io|co|be|ch|info|biz|pro|shop|site|online|store|tech|app|dev|paris|bzh|re|ca|uk|de|es|it)(?:\/[^\s<>"']*)?(?![\w@-])/giu;

/** What URL_WITH_PREFIX and BARE_DOMAIN need at the least, with their own flags: cheap tests before the costly ones. */
const MAY_HOLD_PREFIXED_URL = /(?:https?:\/\/|www\.)/iu;
const MAY_HOLD_DOMAIN = /\.[a-z]/iu;

function trimTrailingPunctuation(value: string): string {
  return value.replace(/[.,;:!?)\]]+$/u, '');
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * `foldedText` is the same text with accents and case folded, when the caller
 * already has it (the interpreter does): it only serves the cheap time gate.
 */
export function extractEntities(text: string, region: CountryCode = 'FR', foldedText?: string): Entities {
  // Cheap gates first: most replies hold no address, link or number at all.
  const hasAt = text.includes('@');
  const emails = hasAt
    ? unique((text.match(EMAIL) ?? []).map((email) => trimTrailingPunctuation(email).toLowerCase()))
    : [];
  const withoutEmails = hasAt ? text.replace(EMAIL, ' ') : text;
  const prefixed = MAY_HOLD_PREFIXED_URL.test(text)
    ? (withoutEmails.match(URL_WITH_PREFIX) ?? []).map(trimTrailingPunctuation)
    : [];
  const withoutPrefixed = prefixed.length > 0 ? withoutEmails.replace(URL_WITH_PREFIX, ' ') : withoutEmails;
  // A domain ends with a dot and its TLD's letters: a sentence's full stop, followed by a space, is not one.
  const bare = MAY_HOLD_DOMAIN.test(text)
    ? (withoutPrefixed.match(BARE_DOMAIN) ?? []).map(trimTrailingPunctuation)
    : [];
  const urls = unique([...prefixed, ...bare]);

  const foundPhones = countDigits(withoutEmails) >= 6 ? findPhoneNumbersInText(withoutEmails, region) : [];
  const phones = unique(foundPhones.map((found) => found.number.number));
  // Digits of a phone number are not a date: "appelez le 06 12…" has no time in it.
  let withoutPhones = withoutEmails;
  for (const found of foundPhones) {
    withoutPhones =
      withoutPhones.slice(0, found.startsAt) +
      ' '.repeat(found.endsAt - found.startsAt) +
      withoutPhones.slice(found.endsAt);
  }
  // The folded text reads "noon" as the typo it often is for "non": the raw text is asked for that one.
  const times = (foldedText !== undefined ? TIME_HINT.test(foldedText) || NOON.test(text) : mayHoldTime(withoutPhones))
    ? extractTimes(withoutPhones)
    : [];

  const entities: Entities = { urls, emails, phones, times };
  const ownSite = urls.find((url) => !isSocialUrl(url));
  if (ownSite) entities.client_website = ownSite;
  return entities;
}

/**
 * Every time expression needs a digit or one of these words: without any,
 * the fifteen expressions need not run. (Accents and case folded first.)
 * Words an expression needs only next to another one listed here ("fin",
 * "prochain", "this", "mi") are left out: common words would open the gate
 * for nearly every reply ("merci" for "mercredi", "mon" for "monday").
 */
const TIME_HINT =
  /\d|\b(?:aujourd|soir|matin|midi|minuit|noon|demain|today|tonight|tomorrow|aprem|journee|morning|afternoon|evening|semaine|mois|an\b|ans\b|annees?\b|jour|week|month|year|day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|fev|feb|mars|march|avr|april|mai\b|juin|jun|juil|jul|aou|aug|sept|oct|nov|dec(?:embre|ember)?\b|ete\b|hiver|automne|printemps|rentree|summer|winter|autumn|fall|spring|trimestre|q[1-4]|t[1-4]|noel|paques|toussaint|nouvel|christmas|next)/;

const NOON = /noon/i;

function mayHoldTime(text: string): boolean {
  return TIME_HINT.test(text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
}

function countDigits(text: string): number {
  let digits = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) digits += 1;
  }
  return digits;
}

function isSocialUrl(url: string): boolean {
  const host = url
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .split(/[/?#]/)[0]
    ?.toLowerCase();
  return host !== undefined && SOCIAL_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** Searched only where one of their literal prefixes starts, all in one walk: see PrefixedPatterns. */
const TIME_PATTERNS = new PrefixedPatterns(TIME_EXPRESSIONS);

/** Time and date expressions as written ("jeudi 10h", "en fin de journée", "à partir du 20"). */
export function extractTimes(text: string): string[] {
  const found: { start: number; end: number; value: string }[] = [];
  for (const matches of TIME_PATTERNS.matches(text)) {
    for (const match of matches) {
      const start = match.index;
      const end = start + match[0].length;
      // Keep the longest of overlapping expressions: "demain 14h" over "14h".
      const overlapping = found.findIndex((other) => start < other.end && other.start < end);
      if (overlapping === -1) found.push({ start, end, value: match[0].trim() });
      else if (end - start > found[overlapping]!.end - found[overlapping]!.start) {
        found[overlapping] = { start, end, value: match[0].trim() };
      }
    }
  }
  return found.sort((a, b) => a.start - b.start).map((entry) => entry.value);
}
