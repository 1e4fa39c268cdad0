import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILED_RULES } from '../../agents/interpreter/classify.js';
import { literalPrefixes } from '../../agents/interpreter/literal-prefixes.js';
import { normaliseText } from '../../agents/interpreter/normalise-text.js';
import { PROJECT_ROOT } from '../../src/paths.js';

describe('literalPrefixes', () => {
  it.each([
    ['\\bstop (?:texting|calling)\\b', ['stop ']],
    ['^(?:non|no thanks)\\b', ['non', 'no thanks']],
    ['\\b(?:ne )?plus de sms', ['ne ', 'plus de sms']],
    ['\\b(?:rappel|appel)\\w* moi', ['rappel', 'appel']],
    ['abc?d', ['ab']],
    ['(?<!le )\\bstop', ['stop']],
  ])('when the pattern is %s, then one of %j must appear', (pattern, expected) => {
    expect(literalPrefixes(pattern)).toEqual(expected);
  });

  it.each(['\\w+ moi', '[a-z]+', '(?:x)?', '.*stop', '(?:a|\\d)'])(
    'when %s can start anywhere, then there is no pre-filter',
    (pattern) => {
      expect(literalPrefixes(pattern)).toBeNull();
    },
  );

  it('when any lexicon rule matches a corpus message, then its pre-filter lets that message through (the filter never hides a match)', () => {
    const fixtures = path.join(PROJECT_ROOT, 'test', 'fixtures');
    const texts = readdirSync(fixtures)
      .filter((name) => name.endsWith('.jsonl'))
      .flatMap((name) => readFileSync(path.join(fixtures, name), 'utf8').split('\n').filter(Boolean))
      .map((line) => normaliseText((JSON.parse(line) as { text: string }).text).text);
    let checked = 0;
    for (const rule of COMPILED_RULES) {
      const regex = new RegExp(rule.pattern);
      for (const text of texts) {
        if (!regex.test(text)) continue;
        checked += 1;
        expect(
          rule.prefixes === null || rule.prefixes.some((prefix) => text.includes(prefix)),
          `${rule.pattern} on "${text}"`,
        ).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('PrefixIndex', () => {
  it('when texts are scanned once through the trie, then each rule is a candidate exactly when one of its literals appears in the text', async () => {
    const { PrefixIndex } = await import('../../agents/interpreter/prefix-index.js');
    const prefixes = [['stop'], ['ne ', 'n '], null, ['rappel', 'appel'], ['x']];
    const index = new PrefixIndex(prefixes);
    for (const text of ['stop', 'ne m appelez plus', 'rien', 'n', 'xylophone stop', '']) {
      const expected = prefixes.map((list) => list === null || list.some((prefix) => text.includes(prefix)));
      expect(index.candidates(text), text).toEqual(expected);
    }
  });
});
