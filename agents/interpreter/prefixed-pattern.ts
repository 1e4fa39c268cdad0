import { literalPrefixes } from './literal-prefixes.js';
import { PrefixIndex } from './prefix-index.js';

/**
 * Searching a text only where a match may start. Every match of an expression
 * starts with one of its literal prefixes (see literalPrefixes); trying the
 * expression, sticky, at each place where one starts, left to right and going
 * on after each match, finds the very matches a global search finds — without
 * running the expression over every position of the text, which for a long
 * alternation or a leading lookbehind is what costs.
 */

/** Where a global search goes on after a match: its end, or one character (code point with u) past an empty one. */
function after(match: RegExpExecArray, text: string, unicode: boolean): number {
  if (match[0] !== '') return match.index + match[0].length;
  return match.index + (unicode && (text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
}

/** Every match of a global expression, as successive exec calls from the start of text return them. */
export function allMatches(global: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  global.lastIndex = 0;
  // exec in a loop rather than matchAll, which clones the expression on every call.
  for (let match = global.exec(text); match !== null; match = global.exec(text)) {
    matches.push(match);
    global.lastIndex = after(match, text, global.unicode);
  }
  return matches;
}

/** allMatches, for a text where matches may start only at positions (ascending); `sticky` is the expression with the y flag. */
export function matchesAt(sticky: RegExp, text: string, positions: readonly number[]): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let from = 0;
  for (const position of positions) {
    if (position < from) continue;
    sticky.lastIndex = position;
    const match = sticky.exec(text);
    if (match === null) continue;
    matches.push(match);
    from = after(match, text, sticky.unicode);
  }
  return matches;
}

/** A character as an escape the u flag reads alike inside and outside a class. */
const escape = (character: string) => `\\u{${character.codePointAt(0)!.toString(16)}}`;

/**
 * Case-insensitive Unicode expressions (flags `iu`), each searched only where
 * one of its literal prefixes starts, all found by one walk of the text: worth
 * it for the time expressions, whose Unicode word boundary (lookbehinds) the
 * engine would otherwise evaluate at every position, and which a list of
 * prefixes per expression made fifteen scans of each text that might hold a
 * date (80% of their cost alone in a loop).
 *
 * The walk reads the text through a table that gives each character the
 * class of the prefix characters it matches case-insensitively (or none).
 * The table is built by asking the engine itself, once for every UTF-16 code
 * unit, so it folds exactly as the expressions do ("K", the Kelvin sign, is a
 * "k"; "ſ" is an "s") with no case-folding table of our own.
 */
export class PrefixedPatterns {
  readonly #global: RegExp[];
  readonly #sticky: RegExp[];
  /** Over the texts with every character replaced by its class (see #fold). */
  readonly #index: PrefixIndex;
  /** A code unit's class among the prefixes' characters, as a character code, or 0 when it matches none. */
  readonly #classOf: Uint8Array;

  constructor(expressions: readonly RegExp[]) {
    for (const expression of expressions) {
      if (!expression.ignoreCase || !expression.unicode)
        throw new Error(`${expression.source}: needs the i and u flags`);
    }
    const flags = (expression: RegExp) => expression.flags.replace(/[gy]/g, '');
    this.#global = expressions.map((expression) => new RegExp(expression.source, `${flags(expression)}g`));
    this.#sticky = expressions.map((expression) => new RegExp(expression.source, `${flags(expression)}y`));
    // With the u flag, an astral character is one atom, which literalPrefixes would read as two.
    const prefixes = expressions.map((expression) =>
      /[\ud800-\udfff]/.test(expression.source) ? null : literalPrefixes(expression.source),
    );
    const characters = [...new Set(prefixes.flatMap((list) => list?.flatMap((prefix) => [...prefix.text]) ?? []))];
    this.#classOf = caseClasses(characters);
    // Anywhere, whatever the prefix's own anchor: more places to try, never fewer, and the sticky expression decides.
    // An expression without prefixes the index lists on every text, to be searched through it all.
    this.#index = new PrefixIndex(
      prefixes.map(
        (list) => list?.map((prefix) => ({ text: this.#fold(prefix.text), anchor: 'anywhere' as const })) ?? null,
      ),
    );
  }

  /** For each expression, in order, allMatches of it. */
  matches(text: string): RegExpExecArray[][] {
    const found: RegExpExecArray[][] = this.#global.map(() => []);
    for (const { rule, positions } of this.#index.candidates(this.#fold(text))) {
      found[rule] =
        positions === null ? allMatches(this.#global[rule]!, text) : matchesAt(this.#sticky[rule]!, text, positions);
    }
    return found;
  }

  /** The text with each code unit replaced by its class: same length, so positions carry over. */
  #fold(text: string): string {
    let folded = '';
    for (let index = 0; index < text.length; index += 1) {
      folded += String.fromCharCode(this.#classOf[text.charCodeAt(index)]!);
    }
    return folded;
  }
}

/**
 * For every UTF-16 code unit, the class (1, 2…) of the characters it matches
 * under the `iu` flags, or 0. Characters that match one another share a class.
 */
function caseClasses(characters: readonly string[]): Uint8Array {
  if (characters.length >= 255) throw new RangeError('too many distinct prefix characters for a byte per class');
  const classOf = new Uint8Array(0x10000);
  if (characters.length === 0) return classOf;
  const matchers = characters.map((character) => new RegExp(`^${escape(character)}$`, 'iu'));
  const classes: number[] = [];
  characters.forEach((character, index) => {
    const same = classes.findIndex((_, other) => matchers[other]!.test(character));
    classes.push(same === -1 ? index + 1 : classes[same]!);
  });
  // One search through a string of every code unit but the surrogates (no character of a prefix) finds those
  // that match any of the characters; each of the few found then finds its own.
  const anyOf = new RegExp(`[${characters.map(escape).join('')}]`, 'giu');
  for (const match of everyCodeUnit().matchAll(anyOf)) {
    const code = match[0].charCodeAt(0);
    classOf[code] = classes[matchers.findIndex((matcher) => matcher.test(match[0]))]!;
  }
  return classOf;
}

/** Every UTF-16 code unit in order, the surrogates left out: so each stands alone, as one character. */
function everyCodeUnit(): string {
  const units = new Uint16Array(0x10000 - 0x800);
  for (let index = 0; index < units.length; index += 1) units[index] = index < 0xd800 ? index : index + 0x800;
  return new TextDecoder('utf-16le').decode(units);
}
