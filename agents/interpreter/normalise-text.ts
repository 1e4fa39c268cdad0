import { ABBREVIATIONS } from './abbreviations.js';

export interface NormalisedText {
  /** Lower case, no accents, abbreviations expanded, one space between words, punctuation kept apart. */
  text: string;
  /** The words alone (computed when read: the rules need only the text). */
  readonly words: string[];
  /** Signals the words lose: question marks, exclamations, emojis. */
  signals: TextSignals;
}

export interface TextSignals {
  questionMarks: number;
  exclamations: number;
  positiveEmojis: number;
  negativeEmojis: number;
  /** Anything that is not a letter, a digit or punctuation: emojis and symbols. */
  emojiOnly: boolean;
  letterCount: number;
  allCaps: boolean;
}

const POSITIVE_EMOJI =
  /[\u{1F44D}\u{1F44C}\u{1F64F}\u{1F60A}\u{1F600}-\u{1F606}\u{1F609}\u{1F60D}\u{1F642}\u{1F917}\u{1F929}\u{2705}\u{2714}\u{1F4AA}\u{1F91D}\u{2764}\u{1F525}\u{1F44F}]/gu;
const NEGATIVE_EMOJI =
  /[\u{1F44E}\u{1F620}\u{1F621}\u{1F624}\u{1F92C}\u{1F595}\u{274C}\u{1F6AB}\u{26D4}\u{1F612}\u{1F644}\u{1F612}]/gu;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Brings an SMS to one spelling so rules can be written once: "Ouiiii ça
 * m'intéresse !!" and "oui ca minteresse" both become "oui ca m'interesse !".
 */
export function normaliseText(input: string): NormalisedText {
  return new Normalised(foldText(input), textSignals(input));
}

class Normalised implements NormalisedText {
  constructor(
    readonly text: string,
    readonly signals: TextSignals,
  ) {}

  get words(): string[] {
    return this.text.split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word));
  }
}

/** normaliseText's text alone, for callers that do not need the signals. */
export function foldText(input: string): string {
  const characters = foldCharacterStage(input);
  // Only the space is left as white space, so words are what lies between spaces.
  const words: string[] = [];
  const tokens = characters.split(' ');
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as string;
    if (token === '') continue;
    const expanded = ABBREVIATIONS.get(token);
    words.push(expanded === undefined || spelledOut(expanded, tokens, index) ? token : expanded);
  }
  // Elisions become separate words, so "m'interesse", "m interesse" and the typo "minteresse" meet in the rules.
  // Hyphens too: "appelez-moi", "rendez-vous", "peut-être" are matched word by word.
  return (
    words
      .join(' ')
      .replace(/['-]/g, ' ')
      // A clitic glued to its verb, as fast typing does: "menvoyez", "minteresse", "jenvoie".
      .replace(
        /\b([mtsnlj])(?=(?:envo|ecri|appel|rappel|contact|recontact|interess|inscri|desinscri|harcel|derang|adress)\w*)/g,
        '$1 ',
      )
      // Runs of white space, and any white space but a plain space, become one space: single spaces are left alone.
      .replace(/\s{2,}|[^\S ]/g, ' ')
      .trim()
  );
}

/** foldCharacters' result, by the fastest way that gives it. */
export function foldCharacterStage(input: string): string {
  // Most SMS are plain ASCII: none of the Unicode steps can change them, and ASCII-only expressions run faster.
  if (!NON_ASCII.test(input)) return foldAsciiCharacters(input);
  // Most of the rest is French: accents, ligatures, curly apostrophes and non-breaking spaces, which a
  // table turns into ASCII at once. Anything else (emojis, other scripts) takes the Unicode steps.
  const latin = foldLatin(input);
  return latin === null ? foldCharacters(input) : foldAsciiCharacters(latin);
}

/**
 * Case, accents, ligatures, emphasis, links and symbols, character by character;
 * what is left holds letters, digits, punctuation kept apart, and spaces only.
 */
export function foldCharacters(input: string): string {
  let text = input
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[œ]/g, 'oe')
    .replace(/[æ]/g, 'ae')
    // Three or more of one letter is emphasis ("ouiiii", "nooon"), never spelling.
    .replace(/(\p{L})\1{2,}/gu, '$1')
    // URLs, emails and numbers are read by the entity extractor; here they would only add noise.
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ');
  if (text.includes('@')) text = text.replace(/\S+@\S+\.\S+/g, ' ');
  return (
    text
      .replace(/([?!.,;:()"])/g, ' $1 ')
      // A stop sign or a no-entry sign says "stop" as plainly as the word does.
      .replace(/(?:\u{1F6D1}|\u{26D4}|\u{1F6AB})+\uFE0F?/gu, ' stop ')
      .replace(/\p{Extended_Pictographic}/gu, ' ')
      .replace(/[^\p{L}\p{N}'?!.,;:()" -]/gu, ' ')
  );
}

/** What foldCharacters makes of the non-ASCII characters French replies hold; none of them is a letter of its own. */
const LATIN_FOLD: ReadonlyMap<number, string> = new Map(
  (
    [
      ['àáâãäåÀÁÂÃÄÅ', 'a'],
      ['çÇ', 'c'],
      ['èéêëÈÉÊË', 'e'],
      ['ìíîïÌÍÎÏ', 'i'],
      ['ñÑ', 'n'],
      ['òóôõöÒÓÔÕÖ', 'o'],
      ['ùúûüÙÚÛÜ', 'u'],
      ['ýÿÝŸ', 'y'],
      ['œŒ', 'oe'],
      ['æÆ', 'ae'],
      ['’‘´', "'"],
      // White space for the link and address patterns, as they are for foldCharacters.
      ['\u00A0\u202F\u2009', ' '],
      // Not white space until foldCharacters' last step blanks them: a control character the ASCII path blanks too.
      ['«»…–—€°¿¡', '\u0001'],
    ] as [string, string][]
  ).flatMap(([characters, folded]) => [...characters].map((character) => [character.charCodeAt(0), folded] as const)),
);

/** The input with every non-ASCII character folded by LATIN_FOLD, or null when one is not in it. */
function foldLatin(input: string): string | null {
  let folded = '';
  let start = 0;
  for (let index = 0; index < input.length; index += 1) {
    const code = input.charCodeAt(index);
    if (code < 128) continue;
    const replacement = LATIN_FOLD.get(code);
    if (replacement === undefined) return null;
    folded += input.slice(start, index) + replacement;
    start = index + 1;
  }
  return folded + input.slice(start);
}

/**
 * foldCharacters for ASCII input, same result: ASCII has no accents, marks,
 * ligatures or pictographs, and once lower-cased its letters are a-z and its
 * digits 0-9.
 */
export function foldAsciiCharacters(input: string): string {
  let text = input.toLowerCase();
  if (text.includes('`')) text = text.replace(/`/g, "'");
  text = text.replace(/([a-z])\1{2,}/g, '$1').replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ');
  if (text.includes('@')) text = text.replace(/\S+@\S+\.\S+/g, ' ');
  return text.replace(/([?!.,;:()"])/g, ' $1 ').replace(/[^a-z0-9'?!.,;:()" -]/g, ' ');
}

function textSignals(input: string): TextSignals {
  let questionMarks = 0;
  let exclamations = 0;
  for (let index = 0; index < input.length; index += 1) {
    const code = input.charCodeAt(index);
    if (code === 63 /* ? */ || code === 191 /* ¿ */) questionMarks += 1;
    else if (code === 33 /* ! */) exclamations += 1;
  }
  if (!NON_ASCII.test(input)) return { questionMarks, exclamations, ...asciiLetterSignals(input) };
  const letters = input.replace(/[^\p{L}]/gu, '');
  return {
    questionMarks,
    exclamations,
    positiveEmojis: (input.match(POSITIVE_EMOJI) ?? []).length,
    negativeEmojis: (input.match(NEGATIVE_EMOJI) ?? []).length,
    emojiOnly: letters.length === 0 && /\d/.test(input) === false && PICTOGRAPH.test(input),
    letterCount: letters.length,
    allCaps: letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
  };
}

/** The letter signals of an ASCII text, counted rather than matched: it holds no emoji, and its letters have a case. */
function asciiLetterSignals(input: string): Omit<TextSignals, 'questionMarks' | 'exclamations'> {
  let lower = 0;
  let upper = 0;
  for (let index = 0; index < input.length; index += 1) {
    const code = input.charCodeAt(index);
    if (code >= 97 && code <= 122) lower += 1;
    else if (code >= 65 && code <= 90) upper += 1;
  }
  const letterCount = lower + upper;
  return {
    positiveEmojis: 0,
    negativeEmojis: 0,
    emojiOnly: false,
    letterCount,
    allCaps: letterCount >= 3 && lower === 0,
  };
}

/**
 * True when the words after an abbreviation already are the rest of its
 * expansion: "c est" must stay "c est", not become "c est est", although a
 * lone "c" is "c'est".
 */
function spelledOut(expanded: string, tokens: readonly string[], index: number): boolean {
  const parts = expanded.split(/['\s-]+/);
  if (parts.length < 2 || parts[0] !== tokens[index]) return false;
  let next = index + 1;
  for (const part of parts.slice(1)) {
    while (tokens[next] === '') next += 1;
    if (tokens[next] !== part) return false;
    next += 1;
  }
  return true;
}
