import { literalPrefixes } from './literal-prefixes.js';

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

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An expression searched only where one of its literal prefixes starts, found
 * with a plain list of literals: worth it for the time expressions, whose
 * Unicode word boundary (lookbehinds) the engine would otherwise evaluate at
 * every position. The prefixes are searched with the expression's own flags,
 * so case-insensitivity treats both alike.
 */
export class PrefixedPattern {
  readonly #global: RegExp;
  readonly #sticky: RegExp;
  /** Global: where one of the prefixes starts (null: the expression may start anywhere). */
  readonly #starts: RegExp | null;

  constructor(source: string, flags: string) {
    this.#global = new RegExp(source, `${flags}g`);
    this.#sticky = new RegExp(source, `${flags}y`);
    // With the u flag, an astral character is one atom, which literalPrefixes would read as two.
    const prefixes = /[\ud800-\udfff]/.test(source) ? null : literalPrefixes(source);
    const texts = prefixes === null ? null : [...new Set(prefixes.map((prefix) => prefix.text))];
    this.#starts = texts === null ? null : new RegExp(texts.map(escape).join('|'), `${flags}g`);
  }

  /** allMatches of the expression. */
  matches(text: string): RegExpExecArray[] {
    const starts = this.#starts;
    if (starts === null) return allMatches(this.#global, text);
    const positions: number[] = [];
    starts.lastIndex = 0;
    // Prefixes may overlap: look for the next one from the next character.
    for (let hit = starts.exec(text); hit !== null; hit = starts.exec(text)) {
      positions.push(hit.index);
      starts.lastIndex = hit.index + 1;
    }
    return positions.length === 0 ? [] : matchesAt(this.#sticky, text, positions);
  }
}
