/**
 * The literal strings one of which must appear in a text for a pattern to
 * match there — the first words of its alternatives — or null when the
 * pattern can start with something that is not a literal. Running a
 * pattern only on texts containing one of these is a cheap, exact pre-filter:
 * most of the lexicon's two hundred patterns cannot match most messages.
 */
export function literalPrefixes(pattern: string): string[] | null {
  const parser = new PrefixParser(pattern);
  const result = parser.alternation();
  if (result === null) return null;
  // An empty prefix means the pattern may start anywhere: no pre-filter then.
  if (result.some((prefix) => prefix.length === 0)) return null;
  return [...new Set(result)];
}

type Firsts = string[] | null;

class PrefixParser {
  #position = 0;

  constructor(private readonly source: string) {}

  /** alternative ('|' alternative)* — the union of the alternatives' firsts. */
  alternation(): Firsts {
    const firsts: string[] = [];
    let known = true;
    for (;;) {
      const first = this.sequence();
      if (first === null) known = false;
      else firsts.push(...first);
      if (this.source[this.#position] !== '|') break;
      this.#position += 1;
    }
    return known ? firsts : null;
  }

  /** Atoms up to '|' or ')'; the firsts of the first atom that cannot be skipped. */
  sequence(): Firsts {
    let result: Firsts | undefined;
    const pending: string[] = [];
    let pendingKnown = true;
    while (this.#position < this.source.length && !'|)'.includes(this.source[this.#position]!)) {
      const atom = this.atom();
      if (result !== undefined) continue;
      if (atom.kind === 'zero-width') continue;
      if (atom.kind === 'unknown') {
        result = null;
        continue;
      }
      if (atom.optional) {
        if (atom.firsts === null) pendingKnown = false;
        else pending.push(...atom.firsts);
        continue;
      }
      result = atom.firsts === null || !pendingKnown ? null : [...pending, ...atom.firsts];
    }
    // A sequence of optional atoms only can match the empty string: no prefix is required.
    return result === undefined ? null : result;
  }

  atom(): { kind: 'zero-width' | 'unknown' | 'literal'; firsts: Firsts; optional: boolean } {
    const source = this.source;
    const char = source[this.#position]!;
    if (char === '^' || char === '$') {
      this.#position += 1;
      return { kind: 'zero-width', firsts: null, optional: false };
    }
    if (char === '(') {
      const lookaround = /^\(\?(?:<[=!]|[=!])/.exec(source.slice(this.#position));
      this.#position += lookaround ? lookaround[0].length : source.startsWith('(?:', this.#position) ? 3 : 1;
      const inner = this.alternation();
      this.#position += 1; // ')'
      const optional = this.quantifier();
      if (lookaround) return { kind: 'zero-width', firsts: null, optional: false };
      return { kind: 'literal', firsts: inner, optional };
    }
    if (char === '\\') {
      const next = source[this.#position + 1]!;
      this.#position += 2;
      if (next === 'b' || next === 'B') return { kind: 'zero-width', firsts: null, optional: false };
      if (/[dDwWsSpPuxck0-9]/.test(next)) {
        this.#skipEscapeBody(next);
        this.quantifier();
        return { kind: 'unknown', firsts: null, optional: false };
      }
      return this.#literalRun(next);
    }
    if (char === '[' || char === '.') {
      if (char === '[') this.#skipClass();
      else this.#position += 1;
      this.quantifier();
      return { kind: 'unknown', firsts: null, optional: false };
    }
    this.#position += 1;
    return this.#literalRun(char);
  }

  /** Literal characters while no metacharacter comes; a quantified last character is left out. */
  #literalRun(first: string): { kind: 'literal'; firsts: Firsts; optional: boolean } {
    let run = first;
    if (this.quantifier()) return { kind: 'literal', firsts: [first], optional: true };
    for (;;) {
      const char = this.source[this.#position];
      if (char === undefined || '\\()[]|.^$?*+{'.includes(char)) break;
      const after = this.source[this.#position + 1];
      if (after === '?' || after === '*' || after === '{') break;
      if (after === '+') {
        run += char;
        this.#position += 2;
        break;
      }
      run += char;
      this.#position += 1;
    }
    return { kind: 'literal', firsts: [run], optional: false };
  }

  /** Consumes a quantifier; true when it allows zero repetitions. */
  quantifier(): boolean {
    const char = this.source[this.#position];
    if (char === '?' || char === '*') {
      this.#position += 1;
      if (this.source[this.#position] === '?') this.#position += 1;
      return true;
    }
    if (char === '+') {
      this.#position += 1;
      return false;
    }
    if (char === '{') {
      const match = /^\{(\d+)(?:,\d*)?\}/.exec(this.source.slice(this.#position));
      if (match) {
        this.#position += match[0].length;
        return match[1] === '0';
      }
    }
    return false;
  }

  #skipClass(): void {
    this.#position += 1;
    while (this.#position < this.source.length && this.source[this.#position] !== ']') {
      this.#position += this.source[this.#position] === '\\' ? 2 : 1;
    }
    this.#position += 1;
  }

  #skipEscapeBody(kind: string): void {
    if ((kind === 'p' || kind === 'P') && this.source[this.#position] === '{') {
      this.#position = this.source.indexOf('}', this.#position) + 1;
    } else if (kind === 'u' && this.source[this.#position] === '{') {
      this.#position = this.source.indexOf('}', this.#position) + 1;
    } else if (kind === 'u') this.#position += 4;
    else if (kind === 'x') this.#position += 2;
  }
}
