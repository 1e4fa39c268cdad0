import { normaliseText } from './normalise-text.js';
import { OBJECTIONS, QUESTION_START } from './lexicon-sentences.js';

/** Sentences as the lead wrote them, split after . ! ? and line breaks. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

export function findQuestions(sentences: string[]): string[] {
  return sentences.filter((sentence) => sentence.includes('?') || QUESTION_START.test(normaliseText(sentence).text));
}

export function findObjections(sentences: string[]): { kind: string; sentence: string }[] {
  const found: { kind: string; sentence: string }[] = [];
  for (const sentence of sentences) {
    const normalised = normaliseText(sentence).text;
    for (const objection of OBJECTIONS) {
      if (objection.pattern.test(normalised)) found.push({ kind: objection.kind, sentence });
    }
  }
  return found;
}
