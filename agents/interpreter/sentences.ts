import { normaliseText } from './normalise-text.js';
import { OBJECTIONS, QUESTION_START } from './lexicon-sentences.js';

/** Sentences as the lead wrote them, split after . ! ? and line breaks. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

/** Normalised sentences, computed once per message and shared by the finders below. */
export function normaliseSentences(sentences: string[]): { sentence: string; normalised: string }[] {
  return sentences.map((sentence) => ({ sentence, normalised: normaliseText(sentence).text }));
}

export function findQuestions(sentences: { sentence: string; normalised: string }[]): string[] {
  return sentences
    .filter(({ sentence, normalised }) => sentence.includes('?') || QUESTION_START.test(normalised))
    .map(({ sentence }) => sentence);
}

export function findObjections(
  sentences: { sentence: string; normalised: string }[],
): { kind: string; sentence: string }[] {
  const found: { kind: string; sentence: string }[] = [];
  for (const { sentence, normalised } of sentences) {
    for (const objection of OBJECTIONS) {
      if (objection.pattern.test(normalised)) found.push({ kind: objection.kind, sentence });
    }
  }
  return found;
}
