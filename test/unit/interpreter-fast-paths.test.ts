import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILED_RULES } from '../../agents/interpreter/classify.js';
import { TIME_EXPRESSIONS } from '../../agents/interpreter/lexicon-entities.js';
import {
  foldAsciiCharacters,
  foldCharacters,
  foldText,
  normaliseText,
} from '../../agents/interpreter/normalise-text.js';
import { PrefixIndex } from '../../agents/interpreter/prefix-index.js';
import { allMatches, matchesAt, PrefixedPatterns } from '../../agents/interpreter/prefixed-pattern.js';
import {
  findObjections,
  findQuestions,
  normaliseSentences,
  readSentences,
  splitSentences,
} from '../../agents/interpreter/sentences.js';
import { PROJECT_ROOT } from '../../src/paths.js';

/**
 * The interpreter's shortcuts (ASCII paths, pre-filters, gates) must give the
 * same answers as the plain computations they stand in for.
 */
const fixtures = path.join(PROJECT_ROOT, 'test', 'fixtures');
const corpus = readdirSync(fixtures)
  .filter((name) => name.startsWith('corpus-dev') && name.endsWith('.jsonl'))
  .flatMap((name) => readFileSync(path.join(fixtures, name), 'utf8').split('\n').filter(Boolean))
  .map((line) => (JSON.parse(line) as { text: string }).text);

const words = [...new Set(corpus.flatMap((text) => text.split(/\s+/)))].filter(Boolean);
const separators = ['. ', '! ', '? ', '… ', '\n', '.\u00a0', '.\ufeff', '. \t', '?', ', ', ' ', ' - ', "'", '.'];
/** SMS-like texts of several sentences: corpus words and messages, joined by sentence and word breaks. */
const smsText = fc
  .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...corpus)), { minLength: 1, maxLength: 12 })
  .chain((parts) =>
    fc
      .array(fc.constantFrom(...separators), { minLength: parts.length, maxLength: parts.length })
      .map((seps) => parts.map((part, index) => `${part}${seps[index]}`).join('')),
  );

describe('normaliseText ASCII path', () => {
  const ascii = fc.oneof(fc.string({ unit: 'binary-ascii', maxLength: 60 }), smsText.map(toAscii));

  it('when a text is ASCII, then its characters fold as the Unicode path folds them', () => {
    fc.assert(
      fc.property(ascii, (text) => {
        expect(foldAsciiCharacters(text)).toBe(foldCharacters(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('when a text is ASCII, then its signals are those the Unicode definitions give', () => {
    fc.assert(
      fc.property(ascii, (text) => {
        const letters = text.replace(/[^\p{L}]/gu, '');
        expect(normaliseText(text).signals).toEqual({
          questionMarks: (text.match(/[?¿]/g) ?? []).length,
          exclamations: (text.match(/!/g) ?? []).length,
          positiveEmojis: 0,
          negativeEmojis: 0,
          emojiOnly: letters.length === 0 && !/\d/.test(text) && /\p{Extended_Pictographic}/u.test(text),
          letterCount: letters.length,
          allCaps: letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
        });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readSentences', () => {
  it('when a message has several sentences, then each normalises to words that stand between spaces in the whole message normalised', () => {
    fc.assert(
      fc.property(smsText, (text) => {
        const whole = ` ${foldText(text)} `;
        for (const sentence of splitSentences(text)) {
          const folded = foldText(sentence);
          if (folded !== '') expect(whole).toContain(` ${folded} `);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('when no sentence cue appears in the whole message, then skipping the sentences loses no question or objection', () => {
    fc.assert(
      fc.property(smsText, (text) => {
        const sentences = normaliseSentences(splitSentences(text));
        const expected = {
          questions: findQuestions(sentences),
          objections: [...new Set(findObjections(sentences).map((objection) => objection.sentence))],
        };
        if (sentences.length > 1) expect(readSentences(text, normaliseText(text).text)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('searching only where a match may start', () => {
  it('when a rule is tried only at its candidate positions, then it finds the matches a global search finds', () => {
    const index = new PrefixIndex(COMPILED_RULES.map((rule) => rule.prefixes));
    fc.assert(
      fc.property(smsText, (raw) => {
        const text = normaliseText(raw).text;
        const candidates = new Map(index.candidates(text).map(({ rule, positions }) => [rule, positions]));
        COMPILED_RULES.forEach((rule, ruleIndex) => {
          const expected = summary(allMatches(rule.regex, text));
          const positions = candidates.get(ruleIndex);
          const found =
            positions === undefined
              ? []
              : summary(positions === null ? allMatches(rule.regex, text) : matchesAt(rule.sticky, text, positions));
          expect(found, rule.pattern).toEqual(expected);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('when the time expressions are searched from their literal prefixes in one walk, then each finds the matches a global search finds', () => {
    const patterns = new PrefixedPatterns(TIME_EXPRESSIONS);
    // Characters that fold into a prefix's under the i and u flags but not by toLowerCase alone (the Kelvin
    // sign, the long s), accented capitals, an astral emoji: the walk must read them as the expressions do.
    const tricky = fc
      .array(
        fc.constantFrom(
          ...['\u212A', 'ſ', 'É', 'À', 'Û', '’', "'", '-', ':', '.', '/', 'h', 'H', '1', '4', '0', ' ', '🙂'],
          ...[
            'ſemaine',
            'fin de ſemaine',
            'next wee\u212A',
            'SEMAINE',
            'JUIN',
            'aoÛt',
            'Dès lundi',
            'ÉTÉ',
            'q3',
            'demain',
          ],
        ),
        { maxLength: 12 },
      )
      .map((parts) => parts.join(''));
    const texts = fc.oneof(smsText, tricky, fc.string({ unit: 'binary', maxLength: 40 }));
    fc.assert(
      fc.property(texts, (text) => {
        const found = patterns.matches(text);
        TIME_EXPRESSIONS.forEach((expression, index) => {
          expect(summary(found[index]!), expression.source).toEqual(summary(allMatches(expression, text)));
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('when a character folds into a prefix character only under the i and u flags, then the walk still tries the expression there', () => {
    const patterns = new PrefixedPatterns([/\bsemaine\b/iu, /\bkilo/iu]);
    const text = 'la ſEMAINE prochaine, un \u212Ailo';
    const [weeks, kilos] = patterns.matches(text);
    expect(summary(weeks!)).toEqual([[3, 'ſEMAINE']]);
    expect(summary(kilos!)).toEqual([[25, '\u212Ailo']]);
  });

  it('when one expression has no literal prefix, then it is searched through the whole text and the others still find theirs', () => {
    const patterns = new PrefixedPatterns([/\w+ semaine/iu, /\bjuin\b/iu]);
    const [weeks, months] = patterns.matches('cette Semaine ou en JUIN');
    expect(summary(weeks!)).toEqual([[0, 'cette Semaine']]);
    expect(summary(months!)).toEqual([[20, 'JUIN']]);
  });

  it('when an expression lacks the i or u flag, then it is refused rather than searched with the wrong folding', () => {
    expect(() => new PrefixedPatterns([/semaine/u])).toThrow(/i and u flags/);
  });
});

/** Where each match starts, and what it holds. */
function summary(matches: RegExpExecArray[]): [number, string][] {
  return matches.map((match) => [match.index, match[0]]);
}

function toAscii(text: string): string {
  return text.normalize('NFD').replace(/[\u0080-\uffff]/g, '');
}
