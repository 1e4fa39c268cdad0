/**
 * The literal strings one of which must start any match of a pattern — its
 * alternatives' leading words, as far as they are spelled out — or null when
 * the pattern can start with something that is not a literal. Trying a pattern
 * only where one of these stands is a cheap, exact pre-filter: most of the
 * lexicon's patterns cannot match most messages, and those that can, only at
 * a few places.
 *
 * Prefixes run on as long as the pattern is literal (/\b(?:me|m) (?:ecri|envo)/
 * gives "me ecri", "me envo", "m ecri", "m envo"): a longer literal is rarer, so
 * the filter lets fewer texts through. A prefix also keeps the assertion in
 * front of it, since "m " only counts where a word starts, and "oui" in /^oui/
 * only at the start of the text.
 *
 * Patterns are read as the classifier compiles them: no i, m, s or u flag. (With
 * the i flag, the prefixes still hold if they are searched case-insensitively.)
 */
export interface LiteralPrefix {
  text: string;
  anchor: PrefixAnchor;
}

/** Where a prefix may stand: anywhere, where a word starts (`\b`), or at the start of the text (`^`). */
export type PrefixAnchor = 'anywhere' | 'word-start' | 'text-start';

export function literalPrefixes(pattern: string): LiteralPrefix[] | null {
  const parser = new PrefixParser(pattern);
  const result = parser.alternation();
  if (result === null || parser.unsupported) return null;
  const prefixes = result.partials.map(finish);
  // An empty prefix means the pattern may start anywhere: no pre-filter then.
  if (prefixes.some((prefix) => prefix.text.length === 0)) return null;
  return withoutRedundant(prefixes);
}

/** `\b` as JavaScript reads it without the u flag: ASCII letters, digits and "_" are word characters. */
export function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 // _
  );
}

/** A prefix being built, with the assertions met before its first character. */
interface Partial {
  text: string;
  wordBoundary: boolean;
  textStart: boolean;
}

/**
 * What an atom, a sequence or an alternation can start with. `exact`: it
 * matches exactly one of these strings, so what follows it may be appended.
 */
interface Summary {
  partials: Partial[];
  exact: boolean;
}

type Atom =
  | { kind: 'assertion'; assertion: 'word-boundary' | 'text-start' | 'other' }
  | { kind: 'unknown' }
  | { kind: 'literal'; summary: Summary; optional: boolean; repeated: boolean };

/**
 * Beyond this many alternatives, a prefix stops growing: the trie would grow faster than the filter improves.
 * Over the corpus, 32 let 13.1 rules a message through to their expression (1.9 match); 256 let 9.4 through,
 * for a trie of 128,000 nodes (2 MB) instead of 46,000; 512 filters no better.
 */
const MAX_PARTIALS = 256;
/** A class of more characters than this (\d has ten) is read as unknown: it would filter little. */
const MAX_CLASS_SIZE = 10;

// Sticky: read at the parser's position without slicing the source.
const LOOKAROUND = /\(\?(?:<[=!]|[=!])/y;
const GROUP_OPENING = /\(\?(?::|<[A-Za-z_$][\w$]*>)/y;
const BRACES = /\{(\d+)(?:(,)(\d*))?\}/y;
const METACHARACTERS = '\\()[]|.^$?*+{';
const isQuantifier = (char: string | undefined) => char !== undefined && '?*+{'.includes(char);
const DIGITS = [...'0123456789'];
const EMPTY: Partial = { text: '', wordBoundary: false, textStart: false };
const ESCAPED_CONTROLS: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };

function concat(left: Partial, right: Partial): Partial {
  // An assertion counts only in front of the first character; further in, it is dropped (the filter stays exact, just looser).
  if (left.text !== '') return { ...left, text: left.text + right.text };
  return {
    text: right.text,
    wordBoundary: left.wordBoundary || right.wordBoundary,
    textStart: left.textStart || right.textStart,
  };
}

function finish(partial: Partial): LiteralPrefix {
  const anchor: PrefixAnchor = partial.textStart
    ? 'text-start'
    : // `\b` before a word character: the character before is not one, or there is none.
      partial.wordBoundary && partial.text !== '' && isWordChar(partial.text.charCodeAt(0))
      ? 'word-start'
      : 'anywhere';
  return { text: partial.text, anchor };
}

/** Partials once each: zero-width groups, such as a Unicode word boundary, would otherwise double them. */
function distinct(partials: Partial[]): Partial[] {
  const seen = new Map<string, Partial>();
  for (const partial of partials) {
    seen.set(`${Number(partial.wordBoundary)}${Number(partial.textStart)}${partial.text}`, partial);
  }
  return seen.size === partials.length ? partials : [...seen.values()];
}

const STRICTNESS: Record<PrefixAnchor, number> = { anywhere: 0, 'word-start': 1, 'text-start': 2 };
const ANCHORS = Object.keys(STRICTNESS) as PrefixAnchor[];

/**
 * Drops duplicates, and prefixes implied by a shorter one (or the same one
 * less strictly anchored): wherever they stand, it stands too.
 */
function withoutRedundant(prefixes: LiteralPrefix[]): LiteralPrefix[] {
  const texts = new Map(ANCHORS.map((anchor) => [anchor, new Set<string>()]));
  for (const { text, anchor } of prefixes) texts.get(anchor)!.add(text);
  const kept = new Map<string, LiteralPrefix>();
  for (const prefix of prefixes) {
    const implied = ANCHORS.some((anchor) => {
      if (STRICTNESS[anchor] > STRICTNESS[prefix.anchor]) return false;
      const shorter = texts.get(anchor)!;
      if (anchor !== prefix.anchor && shorter.has(prefix.text)) return true;
      for (let length = 1; length < prefix.text.length; length += 1) {
        if (shorter.has(prefix.text.slice(0, length))) return true;
      }
      return false;
    });
    if (!implied) kept.set(`${prefix.anchor} ${prefix.text}`, prefix);
  }
  return [...kept.values()];
}

class PrefixParser {
  #position = 0;
  /** Above 0 while reading through atoms whose prefixes cannot matter. */
  #readingThrough = 0;
  /** Syntax this reader does not know (group modifiers, a quantifier where an atom should be): no prefixes then. */
  unsupported = false;

  constructor(private readonly source: string) {}

  /** alternative ('|' alternative)* — the union of the alternatives' prefixes. */
  alternation(): Summary | null {
    const partials: Partial[] = [];
    let exact = true;
    let known = true;
    for (;;) {
      const summary = this.sequence();
      if (summary === null) known = false;
      else {
        partials.push(...summary.partials);
        exact &&= summary.exact;
      }
      if (this.source[this.#position] !== '|') break;
      this.#position += 1;
    }
    return known ? { partials, exact } : null;
  }

  /**
   * Atoms up to '|' or ')'. `open` holds the prefixes that match the atoms read
   * so far exactly, and can grow; `done` those that stopped growing.
   */
  sequence(): Summary | null {
    let open: Partial[] | null = this.#readingThrough > 0 ? null : [EMPTY];
    const done: Partial[] = [];
    while (this.#position < this.source.length && !'|)'.includes(this.source[this.#position]!)) {
      if (open === null) {
        // Past the literal start: the rest is only read through, its groups not summed up.
        this.#readingThrough += 1;
        this.atom();
        this.#readingThrough -= 1;
        continue;
      }
      const atom = this.atom();
      if (atom.kind === 'assertion') {
        if (atom.assertion === 'other') continue;
        const flag: Partial =
          atom.assertion === 'word-boundary' ? { ...EMPTY, wordBoundary: true } : { ...EMPTY, textStart: true };
        open = open.map((partial) => concat(partial, flag));
        continue;
      }
      if (atom.kind === 'unknown') {
        done.push(...open);
        open = null;
        continue;
      }
      if (open.length > 1 && open.length * atom.summary.partials.length > MAX_PARTIALS) {
        done.push(...this.#stopGrowing(open, atom));
        open = null;
        continue;
      }
      const extended = distinct(open.flatMap((left) => atom.summary.partials.map((right) => concat(left, right))));
      const grows = atom.summary.exact && !atom.repeated;
      if (!grows) done.push(...extended);
      if (atom.optional) {
        if (grows) open = distinct([...open, ...extended]);
      } else {
        open = grows ? extended : null;
      }
    }
    if (open === null) return { partials: done, exact: false };
    return { partials: [...done, ...open], exact: done.length === 0 };
  }

  /**
   * Too many combinations: the prefixes stop here, except an empty one, which
   * would filter nothing and so takes the atom's start.
   */
  #stopGrowing(open: Partial[], atom: Extract<Atom, { kind: 'literal' }>): Partial[] {
    return open.flatMap((partial) => {
      if (partial.text !== '') return [partial];
      const extended = atom.summary.partials.map((right) => concat(partial, right));
      return atom.optional ? [partial, ...extended] : extended;
    });
  }

  atom(): Atom {
    const source = this.source;
    const char = source[this.#position]!;
    if (char === '^' || char === '$') {
      this.#position += 1;
      return { kind: 'assertion', assertion: char === '^' ? 'text-start' : 'other' };
    }
    if (char === '(') return this.#group();
    if (char === '?' || char === '*' || char === '+') {
      this.unsupported = true;
      this.#position += 1;
      return { kind: 'unknown' };
    }
    if (char === '\\') {
      const next = source[this.#position + 1]!;
      this.#position += 2;
      if (next === 'b') return { kind: 'assertion', assertion: 'word-boundary' };
      if (next === 'B') return { kind: 'assertion', assertion: 'other' };
      if (next === 'd') return this.#quantified(DIGITS);
      if (/[DwWsSpPuxck0-9]/.test(next)) {
        this.#skipEscapeBody(next);
        this.#quantifier();
        return { kind: 'unknown' };
      }
      return this.#quantified([ESCAPED_CONTROLS[next] ?? next]);
    }
    if (char === '[') {
      const members = this.#characterClass();
      if (members === null) {
        this.#quantifier();
        return { kind: 'unknown' };
      }
      return this.#quantified(members);
    }
    if (char === '.') {
      this.#position += 1;
      this.#quantifier();
      return { kind: 'unknown' };
    }
    return this.#literalRun();
  }

  /**
   * Plain characters up to the next metacharacter, as one atom: one step
   * instead of one per character. A character with a quantifier stands alone.
   */
  #literalRun(): Atom {
    const source = this.source;
    const start = this.#position;
    let end = start + 1;
    if (!isQuantifier(source[end])) {
      while (end < source.length && !METACHARACTERS.includes(source[end]!) && !isQuantifier(source[end + 1])) {
        end += 1;
      }
    }
    this.#position = end;
    return this.#quantified([source.slice(start, end)]);
  }

  #group(): Atom {
    const lookaround = this.#read(LOOKAROUND);
    const opening = lookaround ?? this.#read(GROUP_OPENING);
    if (!opening && this.source.startsWith('(?', this.#position)) this.unsupported = true;
    this.#position += opening ? opening[0].length : 1;
    // A lookaround consumes nothing: its own prefixes do not matter.
    if (lookaround) this.#readingThrough += 1;
    const inner = this.alternation();
    if (lookaround) this.#readingThrough -= 1;
    this.#position += 1; // ')'
    const { optional, repeated } = this.#quantifier();
    if (lookaround) return { kind: 'assertion', assertion: 'other' };
    if (inner === null) return { kind: 'unknown' };
    return { kind: 'literal', summary: inner, optional, repeated };
  }

  /** One character out of `chars`, quantified or not. */
  #quantified(chars: string[]): Atom {
    const { optional, repeated } = this.#quantifier();
    const partials = chars.map((text) => ({ ...EMPTY, text }));
    return { kind: 'literal', summary: { partials, exact: true }, optional, repeated };
  }

  /** Consumes a quantifier, lazy or not: may it match nothing, may it match more than once? */
  #quantifier(): { optional: boolean; repeated: boolean } {
    const char = this.source[this.#position];
    let quantifier = { optional: false, repeated: false };
    if (char === '?' || char === '*' || char === '+') {
      this.#position += 1;
      quantifier = { optional: char !== '+', repeated: char !== '?' };
    } else if (char === '{') {
      const match = this.#read(BRACES);
      if (!match) return quantifier;
      this.#position += match[0].length;
      const [, min, comma, max] = match;
      quantifier = { optional: min === '0', repeated: comma !== undefined ? max !== '1' : min !== '1' };
    } else {
      return quantifier;
    }
    if (this.source[this.#position] === '?') this.#position += 1;
    return quantifier;
  }

  /** A sticky expression's match at the current position (not consumed), or null. */
  #read(expression: RegExp): RegExpExecArray | null {
    expression.lastIndex = this.#position;
    return expression.exec(this.source);
  }

  /** The characters a class stands for, when it is a short list of plain characters; null otherwise. */
  #characterClass(): string[] | null {
    const source = this.source;
    let position = this.#position + 1;
    const negated = source[position] === '^';
    // The class's characters in order; null stands for an escape that is itself a set (\d, \w…) or is not read here.
    const chars: ({ char: string; escaped: boolean } | null)[] = [];
    while (position < source.length && source[position] !== ']') {
      if (source[position] === '\\') {
        const next = source[position + 1]!;
        position += 2;
        chars.push(/[dDwWsSpPuxckbB0-9]/.test(next) ? null : { char: ESCAPED_CONTROLS[next] ?? next, escaped: true });
      } else {
        chars.push({ char: source[position]!, escaped: false });
        position += 1;
      }
    }
    this.#position = position + 1;
    if (negated || chars.includes(null)) return null;
    const members = new Set<string>();
    for (let index = 0; index < chars.length; index += 1) {
      const first = chars[index]!.char;
      const dash = chars[index + 1];
      const last = chars[index + 2];
      if (dash && !dash.escaped && dash.char === '-' && last) {
        const [from, to] = [first.charCodeAt(0), last.char.charCodeAt(0)];
        if (to - from > MAX_CLASS_SIZE) return null;
        for (let code = from; code <= to; code += 1) members.add(String.fromCharCode(code));
        index += 2;
      } else {
        members.add(first);
      }
    }
    return members.size > 0 && members.size <= MAX_CLASS_SIZE ? [...members] : null;
  }

  #skipEscapeBody(kind: string): void {
    if ((kind === 'p' || kind === 'P') && this.source[this.#position] === '{') {
      this.#position = this.source.indexOf('}', this.#position) + 1;
    } else if (kind === 'u' && this.source[this.#position] === '{') {
      this.#position = this.source.indexOf('}', this.#position) + 1;
    } else if (kind === 'u') this.#position += 4;
    else if (kind === 'x') this.#position += 2;
    else if (kind === 'c') this.#position += 1;
  }
}
