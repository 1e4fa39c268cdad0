import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../agents/interpreter/normalise-text.js';

describe('normaliseText abbreviations', () => {
  it.each([
    ['c quoi vos tarifs', 'c est quoi vos tarifs'],
    ['c est le gérant', 'c est le gerant'],
    ["c'est le gérant", 'c est le gerant'],
    ['slt dac pr jeudi', 'salut d accord pour jeudi'],
    ['c cool, c est ok', 'c est cool , c est ok'],
  ])('when a lead writes "%s", then the rules read "%s"', (input, expected) => {
    expect(normaliseText(input).text).toBe(expected);
  });
});
