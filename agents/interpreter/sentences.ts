import { literalPrefixes, type LiteralPrefix } from './literal-prefixes.js';
import { foldText } from './normalise-text.js';
import { OBJECTIONS, QUESTION_START } from './lexicon-sentences.js';
import { PrefixIndex } from './prefix-index.js';

type Sentence = { sentence: string; normalised: string };

/** Sentences as the lead wrote them, split after . ! ? and line breaks. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

/** Normalised sentences, computed once per message and shared by the finders below. */
export function normaliseSentences(sentences: string[]): Sentence[] {
  return sentences.map((sentence) => ({ sentence, normalised: foldText(sentence) }));
}

export function findQuestions(sentences: Sentence[]): string[] {
  return sentences
    .filter(({ sentence, normalised }) => sentence.includes('?') || QUESTION_START.test(normalised))
    .map(({ sentence }) => sentence);
}

export function findObjections(sentences: Sentence[]): { kind: string; sentence: string }[] {
  const found: { kind: string; sentence: string }[] = [];
  for (const { sentence, normalised } of sentences) {
    for (const objection of OBJECTIONS) {
      if (objection.pattern.test(normalised)) found.push({ kind: objection.kind, sentence });
    }
  }
  return found;
}

/**
 * The literals one of which a sentence cue (question opening, objection)
 * needs, looked for in the whole message's normalised text. A sentence
 * normalises to the same words as it has within the whole message, between
 * spaces (normalisation works word by word, and sentences are split at white
 * space), so a cue that could match a sentence leaves its literal in the whole
 * text too — at the text's start or after a space, where the sentence starts.
 */
const SENTENCE_CUES = new PrefixIndex(
  [QUESTION_START, ...OBJECTIONS.map(({ pattern }) => pattern)].map(({ source }) => {
    const prefixes = literalPrefixes(source);
    return (
      prefixes?.flatMap((prefix): LiteralPrefix[] =>
        prefix.anchor === 'text-start' ? [prefix, { text: ` ${prefix.text}`, anchor: 'anywhere' }] : [prefix],
      ) ?? null
    );
  }),
);

/**
 * Questions and objections, as the lead wrote them. `normalised` is the whole
 * text, normalised: it stands for a single sentence, and tells when no
 * sentence can hold a cue, so none need be normalised.
 */
export function readSentences(text: string, normalised: string): { questions: string[]; objections: string[] } {
  const split = splitSentences(text);
  let sentences: Sentence[];
  if (split.length === 1) sentences = [{ sentence: split[0]!, normalised }];
  else if (SENTENCE_CUES.candidates(normalised).length === 0) {
    // No question opening and no objection anywhere: only question marks tell.
    return { questions: split.filter((sentence) => sentence.includes('?')), objections: [] };
  } else sentences = normaliseSentences(split);
  return {
    questions: findQuestions(sentences),
    objections: [...new Set(findObjections(sentences).map((objection) => objection.sentence))],
  };
}
