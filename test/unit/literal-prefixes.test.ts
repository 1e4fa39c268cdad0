import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPILED_RULES, matchesOf, OPT_OUT_CHECKS } from '../../agents/interpreter/classify.js';
import { literalPrefixes, type LiteralPrefix, type PrefixAnchor } from '../../agents/interpreter/literal-prefixes.js';
import { normaliseText } from '../../agents/interpreter/normalise-text.js';
import { PrefixIndex, type Candidate } from '../../agents/interpreter/prefix-index.js';
import { PROJECT_ROOT } from '../../src/paths.js';

/** Prefixes written as in the pattern: "\\b" in front where a word must start, "^" where the text must. */
const written = (prefixes: LiteralPrefix[] | null) =>
  prefixes?.map(({ text, anchor }) => `${{ anywhere: '', 'word-start': '\\b', 'text-start': '^' }[anchor]}${text}`) ??
  null;

const indexes = (text: string) => Array.from({ length: text.length }, (_, index) => index);

/** The reference the index must agree with: the literal stands in the text (at `at`, if given) where its anchor allows. */
function stands(prefix: LiteralPrefix, text: string, at?: number): boolean {
  const starts = at === undefined ? indexes(text) : [at];
  return starts.some(
    (start) =>
      text.startsWith(prefix.text, start) &&
      (prefix.anchor === 'anywhere' ||
        (prefix.anchor === 'text-start' ? start === 0 : start === 0 || !/\w/.test(text[start - 1]!))),
  );
}

describe('literalPrefixes', () => {
  it.each([
    ['\\bstop (?:texting|calling)\\b', ['\\bstop texting', '\\bstop calling']],
    ['^(?:non|no thanks)\\b', ['^non', '^no thanks']],
    ['\\b(?:ne )?plus de sms', ['\\bplus de sms', '\\bne plus de sms']],
    ['\\b(?:rappel|appel)\\w* moi', ['\\brappel', '\\bappel']],
    ['abc?d', ['abd', 'abcd']],
    ['(?<!le )\\bstop', ['\\bstop']],
    ['envo[yi]\\w*', ['envoy', 'envoi']],
    ['\\bar+e+t', ['\\bar']],
    ['(?:^|[,.;] )(?:non|no)\\b', ['^no', ', no', '. no', '; no']],
    ['\\b, x', [', x']],
    ['(?:a|\\d)', ['a', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']],
  ])('when the pattern is %s, then one of %j must start its match', (pattern, expected) => {
    expect(written(literalPrefixes(pattern))).toEqual(expected);
  });

  it('when alternatives multiply past the cap, then the prefixes stop growing but still filter', () => {
    const words = Array.from({ length: 20 }, (_, index) => `w${String.fromCharCode(97 + index)}`).join('|');
    const prefixes = literalPrefixes(`\\b(?:${words}) (?:${words}) (?:${words})`);

    expect(prefixes).not.toBeNull();
    expect(prefixes!.length).toBeLessThanOrEqual(400);
    expect(prefixes!.every((prefix) => prefix.anchor === 'word-start' && prefix.text.startsWith('w'))).toBe(true);
  });

  it.each(['\\w+ moi', '[a-z]+', '(?:x)?', '.*stop', 'a|', '(?i:stop)', '[^a]b'])(
    'when %s can start anywhere, or is not read, then there is no pre-filter',
    (pattern) => {
      expect(literalPrefixes(pattern)).toBeNull();
    },
  );

  it('when any lexicon rule matches a corpus message, then its pre-filter lets that message through (the filter never hides a match)', () => {
    const texts = corpusTexts();
    const index = new PrefixIndex(COMPILED_RULES.map((rule) => rule.prefixes));
    let checked = 0;
    for (const [ruleIndex, rule] of COMPILED_RULES.entries()) {
      const regex = new RegExp(rule.pattern);
      for (const text of texts) {
        if (!regex.test(text)) continue;
        checked += 1;
        expect(
          rule.prefixes === null || rule.prefixes.some((prefix) => stands(prefix, text)),
          `${rule.pattern} on "${text}"`,
        ).toBe(true);
        const candidate = index.candidates(text).find((entry) => entry.rule === ruleIndex);
        expect(candidate, `${rule.pattern} on "${text}"`).toBeDefined();
        // The match found first starts where the index says a match may start.
        const first = regex.exec(text)!.index;
        if (candidate!.positions !== null)
          expect(candidate!.positions, `${rule.pattern} on "${text}"`).toContain(first);
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('when an opt-out check (aside sentence, look-alike, vocative) is searched only where the walk puts its literals, then it finds every match a global search finds, on every corpus message', () => {
    const texts = corpusTexts();
    const index = new PrefixIndex(OPT_OUT_CHECKS.map((check) => check.prefixes));
    const matched = OPT_OUT_CHECKS.map(() => 0);
    for (const text of texts) {
      const starts = new Map(index.candidates(text).map((entry) => [entry.rule, entry.positions]));
      OPT_OUT_CHECKS.forEach((check, at) => {
        const expected = [...text.matchAll(new RegExp(check.regex.source, 'g'))].map((match) => [
          match.index,
          match[0],
        ]);
        const found = matchesOf(check, text, starts.get(at)).map((match) => [match.index, match[0]]);
        expect(found, `${check.regex.source.slice(0, 60)}… on "${text}"`).toEqual(expected);
        matched[at] = (matched[at] ?? 0) + expected.length;
      });
    }
    // Each check is put to the test: the corpus holds matches of all three.
    for (const count of matched) expect(count).toBeGreaterThan(5);
  });
});

/** Every corpus message, normalised as the classifier reads it. */
function corpusTexts(): string[] {
  const fixtures = path.join(PROJECT_ROOT, 'test', 'fixtures');
  return readdirSync(fixtures)
    .filter((name) => name.endsWith('.jsonl'))
    .flatMap((name) => readFileSync(path.join(fixtures, name), 'utf8').split('\n').filter(Boolean))
    .map((line) => normaliseText((JSON.parse(line) as { text: string }).text).text);
}

/** What the index must answer: each rule with every place one of its literals stands as its anchor allows. */
function referenceCandidates(prefixes: (LiteralPrefix[] | null)[], text: string): Candidate[] {
  return prefixes.flatMap((list, rule): Candidate[] => {
    if (list === null) return [{ rule, positions: null }];
    const positions = indexes(text).filter((at) => list.some((prefix) => stands(prefix, text, at)));
    return positions.length > 0 ? [{ rule, positions }] : [];
  });
}

describe('PrefixIndex', () => {
  it('when texts are scanned once through the tries, then the candidates are, in order, the rules one of whose literals stands in the text where its anchor allows, with every place one starts', () => {
    const prefixes: (LiteralPrefix[] | null)[] = [
      [{ text: 'stop', anchor: 'word-start' }],
      [
        { text: 'ne ', anchor: 'word-start' },
        { text: 'n ', anchor: 'word-start' },
      ],
      null,
      [
        { text: 'rappel', anchor: 'anywhere' },
        { text: 'appel', anchor: 'word-start' },
      ],
      [{ text: 'x', anchor: 'anywhere' }],
      [{ text: 'oui', anchor: 'text-start' }],
      [{ text: 'é', anchor: 'anywhere' }],
    ];
    const index = new PrefixIndex(prefixes);
    for (const text of [
      'stop',
      'ne m appelez plus',
      'rien',
      'n',
      'xylophone stop',
      '',
      'nonstop',
      'un rappel',
      'bien ',
      'oui oui',
      'non oui',
      'café',
      '_stop',
      'stop stop nonstop stop',
      'ne n ne',
    ]) {
      expect(index.candidates(text), text).toEqual(referenceCandidates(prefixes, text));
    }
  });

  it('when literals share starts, repeat, or one starts another, across rules and anchors, then the candidates still match the reference on every text', () => {
    // A small alphabet, so that literals and texts overlap in every way the sorted build must get right.
    const chars = (minLength: number, maxLength: number) =>
      fc.array(fc.constantFrom('a', 'b', ' '), { minLength, maxLength }).map((list) => list.join(''));
    // A word-start literal begins with a word character, as literalPrefixes gives them.
    const literal: fc.Arbitrary<LiteralPrefix> = fc.oneof(
      fc.record({ text: chars(1, 4), anchor: fc.constantFrom<PrefixAnchor>('anywhere', 'text-start') }),
      fc.record({
        text: fc.tuple(fc.constantFrom('a', 'b'), chars(1, 4)).map(([first, rest]) => first + rest),
        anchor: fc.constant<PrefixAnchor>('word-start'),
      }),
    );
    const rules = fc.array(fc.option(fc.array(literal, { minLength: 1, maxLength: 4 }), { freq: 10 }), {
      minLength: 1,
      maxLength: 40,
    });
    fc.assert(
      fc.property(rules, fc.array(chars(0, 12), { minLength: 1, maxLength: 10 }), (prefixes, texts) => {
        const index = new PrefixIndex(prefixes);
        for (const text of texts) {
          expect(index.candidates(text), JSON.stringify(text)).toEqual(referenceCandidates(prefixes, text));
        }
      }),
      { numRuns: 300 },
    );
  });
});
