import { ABBREVIATIONS } from './abbreviations.js';

export interface NormalisedText {
  /** Lower case, no accents, abbreviations expanded, one space between words, punctuation kept apart. */
  text: string;
  /** The words alone. */
  words: string[];
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

/**
 * Brings an SMS to one spelling so rules can be written once: "Ouiiii ça
 * m'intéresse !!" and "oui ca minteresse" both become "oui ca m'interesse !".
 */
export function normaliseText(input: string): NormalisedText {
  const letters = input.replace(/[^\p{L}]/gu, '');
  const signals: TextSignals = {
    questionMarks: (input.match(/[?¿]/g) ?? []).length,
    exclamations: (input.match(/!/g) ?? []).length,
    positiveEmojis: (input.match(POSITIVE_EMOJI) ?? []).length,
    negativeEmojis: (input.match(NEGATIVE_EMOJI) ?? []).length,
    emojiOnly: letters.length === 0 && /\d/.test(input) === false && PICTOGRAPH.test(input),
    letterCount: letters.length,
    allCaps: letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
  };

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
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ')
    .replace(/\S+@\S+\.\S+/g, ' ')
    .replace(/([?!.,;:()"])/g, ' $1 ')
    .replace(/\p{Extended_Pictographic}/gu, ' ')
    .replace(/[^\p{L}\p{N}'?!.,;:()" -]/gu, ' ');

  const words: string[] = [];
  for (const token of text.split(/\s+/)) {
    if (token === '') continue;
    const expanded = ABBREVIATIONS.get(token) ?? token;
    words.push(...expanded.split(' '));
  }
  // Elisions become separate words, so "m'interesse", "m interesse" and the typo "minteresse" meet in the rules.
  // Hyphens too: "appelez-moi", "rendez-vous", "peut-être" are matched word by word.
  text = words
    .join(' ')
    .replace(/['-]/g, ' ')
    // A clitic glued to its verb, as fast typing does: "menvoyez", "minteresse", "jenvoie".
    .replace(
      /\b([mtsnlj])(?=(?:envo|ecri|appel|rappel|contact|recontact|interess|inscri|desinscri|harcel|derang|adress)\w*)/g,
      '$1 ',
    )
    .replace(/\s+/g, ' ')
    .trim();
  return { text, words: text.split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word)), signals };
}
