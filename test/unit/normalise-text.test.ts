import { describe, expect, it } from 'vitest';
import { foldCharacters, foldCharacterStage, normaliseText } from '../../agents/interpreter/normalise-text.js';

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

describe('foldCharacterStage', () => {
  it.each([
    'Ça m’intéresse, rappelez-moi à 14h !',
    'ÉTÉ 2025 : on verra « après les fêtes »…',
    'Cœur, Æsop, ÿ, Ÿ — 10 €, 20°, ¿qué? ¡olé!',
    'oui\u00A0?\u202F!\u2009ok',
    'écrivez à contact@garçon-café.fr ou www.pâtisserie-léa.fr/menu',
    'ééééé noooon ÈÈÈ',
    'stop 🛑 merci 😊',
    'Привет, это не я',
  ])('when %j is folded, then the result is foldCharacters’ own', (text) => {
    expect(foldCharacterStage(text)).toBe(foldCharacters(text));
  });
});
