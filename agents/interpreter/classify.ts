import type { Intent } from '../../src/domain/interpretation.js';
import {
  INTENT_RULES,
  NEGATOR_AFTER_PATTERN,
  NEGATOR_IMMEDIATELY_BEFORE,
  NEGATORS_BEFORE,
  OPT_OUT_KEYWORDS,
  OPT_OUT_LOOKALIKE_SENTENCES,
  OPT_OUT_LOOKALIKES,
  PERSONAL_VOCATIVE,
  POLITE_FILLERS,
  STOP_INSTRUCTION,
  type IntentRule,
} from './lexicon/index.js';
import { literalPrefixes, type LiteralPrefix } from './literal-prefixes.js';
import { PrefixIndex } from './prefix-index.js';
import { allMatches, matchesAt } from './prefixed-pattern.js';
import type { NormalisedText } from './normalise-text.js';

export interface Evidence {
  intent: Intent;
  phrase: string;
  weight: number;
  negated: boolean;
  /** Where the phrase starts in the normalised text. */
  at: number;
  /** The phrase only names its subject (IntentRule.mention). */
  mention: boolean;
}

export interface Classification {
  intent: Intent;
  confidence: number;
  scores: Record<Intent, number>;
  evidence: Evidence[];
  /** The whole message is an opt-out keyword (STOP, ARRET…), possibly with "svp"/"merci". */
  optOutKeyword: boolean;
}

/** An expression searched through the text only where one of its literal prefixes starts (see PrefixIndex). */
export interface Searched {
  /** Global: searched through the text, for an expression without prefixes. */
  regex: RegExp;
  /** Sticky: tried only where one of the prefixes starts. */
  sticky: RegExp;
  /** One of these must start any match of the pattern (null: no cheap test). */
  prefixes: LiteralPrefix[] | null;
}

interface CompiledRule extends IntentRule, Searched {}

const searched = (pattern: string): Searched => ({
  regex: new RegExp(pattern, 'g'),
  sticky: new RegExp(pattern, 'y'),
  prefixes: literalPrefixes(pattern),
});
export const COMPILED_RULES: CompiledRule[] = INTENT_RULES.map((rule) => ({ ...rule, ...searched(rule.pattern) }));

/**
 * What optOutsStanding looks for: sentences about someone else's list (a STOP instruction, the sender's own
 * newsletter, the lead's customers), look-alikes of an opt-out, and a vocative to someone close.
 */
const ASIDE_SENTENCE = searched([STOP_INSTRUCTION, ...OPT_OUT_LOOKALIKE_SENTENCES].join('|'));
const LOOKALIKE = searched(OPT_OUT_LOOKALIKES.join('|'));
const VOCATIVE = searched(PERSONAL_VOCATIVE);
/**
 * They are long alternations, some behind lookbehinds, that a quarter of replies (those with opt-out evidence)
 * would otherwise have searched at every position: the rules' walk over the text tells where they may match.
 */
export const OPT_OUT_CHECKS = [ASIDE_SENTENCE, LOOKALIKE, VOCATIVE] as const;
const PREFIX_INDEX = new PrefixIndex([...COMPILED_RULES, ...OPT_OUT_CHECKS].map((entry) => entry.prefixes));

/** Where one of OPT_OUT_CHECKS may match, by position in it: absent when it cannot, null when anywhere. */
type CheckStarts = Map<Searched, number[] | null>;

/** Every match of an expression, searched only where the walk found it may start. */
export function matchesOf(entry: Searched, text: string, starts: number[] | null | undefined): RegExpExecArray[] {
  if (starts === undefined) return [];
  return starts === null ? allMatches(entry.regex, text) : matchesAt(entry.sticky, text, starts);
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const KEYWORD_ONLY = new RegExp(`^(?:(?:${[...OPT_OUT_KEYWORDS, ...POLITE_FILLERS].map(escape).join('|')})\\s*)+$`);
const OPT_OUT_KEYWORD = new RegExp(`(?:^|\\s)(?:${OPT_OUT_KEYWORDS.map(escape).join('|')})(?:\\s|$)`);
const NEGATOR_BEFORE = new RegExp(`(?:^|\\s)(?:${NEGATORS_BEFORE.map(escape).join('|')})(?:\\s|$)`);
const NEGATOR_RIGHT_BEFORE = new RegExp(`(?:^|\\s)(?:${NEGATOR_IMMEDIATELY_BEFORE.map(escape).join('|')})$`);
const NEGATOR_AFTER = new RegExp(NEGATOR_AFTER_PATTERN);
const CLAUSE_BREAK = /[.!?;,:()"]|\b(?:mais|but|et|and|sinon|or|ou)\b/g;

/** A literal rather than built from INTENTS: Object.fromEntries gives a slow dictionary-mode object. */
const noScores = (): Record<Intent, number> => ({
  interested: 0,
  callback: 0,
  later: 0,
  question: 0,
  unclear: 0,
  wrong_person: 0,
  not_interested: 0,
  opt_out: 0,
});

/** Ties go to the intent whose mistake costs most: an opt-out, then a hot lead. */
const PRIORITY: Intent[] = [
  'opt_out',
  'wrong_person',
  'callback',
  'later',
  'not_interested',
  'interested',
  'question',
  'unclear',
];

export function classify(normalised: NormalisedText): Classification {
  const { text, signals } = normalised;
  const scores = noScores();
  const evidence: Evidence[] = [];
  const bare = text
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // A keyword-only message is short; the long alternation need not run over a paragraph.
  const optOutKeyword = bare !== '' && bare.length <= 120 && KEYWORD_ONLY.test(bare) && OPT_OUT_KEYWORD.test(bare);

  if (optOutKeyword) {
    scores.opt_out = 10;
    evidence.push({ intent: 'opt_out', phrase: bare, weight: 10, negated: false, at: 0, mention: false });
  }

  const checkStarts: CheckStarts = new Map();
  // Candidates come in rule order, so the evidence does too.
  for (const { rule, positions } of PREFIX_INDEX.candidates(text)) {
    const compiled = COMPILED_RULES[rule];
    if (compiled === undefined) {
      checkStarts.set(OPT_OUT_CHECKS[rule - COMPILED_RULES.length]!, positions);
      continue;
    }
    for (const match of matchesOf(compiled, text, positions)) {
      const start = match.index;
      const negated = compiled.negated !== undefined && isNegated(text, start, start + match[0].length);
      const target = negated ? compiled.negated : compiled.intent;
      if (target === undefined || target === null) continue;
      scores[target] += compiled.weight;
      evidence.push({
        intent: target,
        phrase: match[0].trim(),
        weight: compiled.weight,
        negated,
        at: start,
        mention: compiled.mention === true,
      });
    }
  }

  if (!optOutKeyword && scores.opt_out > 0 && withdrawsOptOut(text, evidence)) scores.opt_out = 0;
  if (!optOutKeyword && scores.opt_out > 0) scores.opt_out = optOutsStanding(text, evidence, checkStarts);
  scores.question += Math.min(signals.questionMarks, 1);
  if (signals.positiveEmojis > 0 && signals.letterCount > 0) scores.interested += 0.5;
  const { intent, confidence } = decide(scores, optOutKeyword, signals);
  return { intent, confidence: round(confidence), scores, evidence, optOutKeyword };
}

/**
 * Mixed messages are settled by what costs most to miss: any request to stop
 * wins; an auto-reply says nothing; an explicit call request beats a yes; a
 * question asked with clear interest is interest; otherwise the strongest
 * evidence wins, ties going by PRIORITY.
 */
function decide(
  scores: Record<Intent, number>,
  optOutKeyword: boolean,
  signals: NormalisedText['signals'],
): { intent: Intent; confidence: number } {
  if (optOutKeyword) return { intent: 'opt_out', confidence: 0.99 };
  if (scores.opt_out >= 3) return { intent: 'opt_out', confidence: Math.min(0.97, 0.8 + 0.04 * scores.opt_out) };
  if (scores.unclear >= 6) return { intent: 'unclear', confidence: 0.9 };
  if (scores.unclear >= 4 && scores.callback < 4 && scores.later < 4) return { intent: 'unclear', confidence: 0.85 };
  if (signals.letterCount === 0) return { intent: 'unclear', confidence: signals.emojiOnly ? 0.8 : 0.6 };

  const adjusted = { ...scores };
  if (adjusted.interested >= 2.5) adjusted.question = Math.min(adjusted.question, adjusted.interested - 0.5);
  if (adjusted.callback >= 4 && adjusted.later < 4) {
    adjusted.callback = Math.max(adjusted.callback, adjusted.interested + 0.5, adjusted.question + 0.5);
  }
  if (adjusted.wrong_person >= 3) adjusted.wrong_person += 1;

  const ranked = PRIORITY.filter((intent) => intent !== 'unclear').sort(
    (a, b) => adjusted[b] - adjusted[a] || PRIORITY.indexOf(a) - PRIORITY.indexOf(b),
  );
  const [top, second] = ranked as [Intent, Intent];
  const topScore = adjusted[top];
  if (topScore < 1) return { intent: 'unclear', confidence: signals.letterCount <= 3 ? 0.6 : 0.4 };
  const margin = topScore - adjusted[second];
  const confidence = 0.45 + (0.5 * margin) / (topScore + 1) + 0.03 * Math.min(topScore, 4);
  return { intent: top, confidence: Math.min(0.97, confidence) };
}

const CONTRAST = /\b(?:mais|but|par contre|en revanche|however|cependant)\b/g;
const WRITTEN_CHANNEL =
  /\b(?:sms|textos?|messages?|msg|texts?|texting|messaging|mails?|ecri\w*|spam\w*|pubs?|publicites?)\b/;

/** The channel may follow the phrase it qualifies: "pas de démarchage | téléphonique". */
const CHANNEL_QUALIFIER_LENGTH = 16;
const SPOKEN_CHANNEL = /\b(?:appel\w*|rappel\w*|telephon\w*|calls?|calling|phone)\b/;
const WRITTEN_REQUEST =
  /\b(?:ecrivez|ecris|envoyez|envoie|mailez|textez|write|send|email|text) (?:moi|nous|me|us)\b|\b(?:plutot |tout |only |instead )?(?:par|by) (?:e ?mail|mail|sms|ecrit|text|texto|message)\b/;

/**
 * The opt-out score left once the evidence that says something else is set aside: evidence inside a
 * sentence instructing its reader to reply STOP (it says how to stop someone else's messages, it asks
 * nothing of ours), evidence overlapping a look-alike (OPT_OUT_LOOKALIKES), and a mere mention (of the
 * RGPD, of spam…) inside a question, which asks about it. A message addressed to "maman" or "chéri" keeps none.
 */
function optOutsStanding(text: string, evidence: Evidence[], checkStarts: CheckStarts): number {
  if (matchesOf(VOCATIVE, text, checkStarts.get(VOCATIVE)).length > 0) return 0;
  const asides: [number, number][] = [];
  const asideSentences = matchesOf(ASIDE_SENTENCE, text, checkStarts.get(ASIDE_SENTENCE)).map(
    (match): [number, number] => [match.index, match.index + match[0].length],
  );
  if (asideSentences.length > 0) {
    for (const sentence of text.matchAll(/[^.!?]+/g)) {
      const [from, to] = [sentence.index, sentence.index + sentence[0].length];
      if (asideSentences.some(([start, end]) => start < to && end > from)) asides.push([from, to]);
    }
  }
  for (const match of matchesOf(LOOKALIKE, text, checkStarts.get(LOOKALIKE))) {
    asides.push([match.index, match.index + match[0].length]);
  }
  const questions = evidence.some((item) => item.mention && item.intent === 'opt_out')
    ? [...text.matchAll(/[^.!?]*\?/g)].map((match): [number, number] => [match.index, match.index + match[0].length])
    : [];
  let score = 0;
  for (const item of evidence) {
    if (item.intent !== 'opt_out') continue;
    const end = item.at + item.phrase.length;
    const overlaps = ([from, to]: [number, number]) => item.at < to && end > from;
    if (asides.some(overlaps) || (item.mention && questions.some(overlaps))) continue;
    score += item.weight;
  }
  return score;
}

/**
 * "Pas de spam svp, mais envoyez-moi la brochure", "arrêtez les SMS, appelez-moi": the lead turns
 * away from one way of being reached and asks for another, in so many words. Either the opt-out
 * evidence stands wholly before a "but" and a decisive request (weight 4) for the offer or a call
 * follows it, or every piece of it names a written channel and a decisive call request follows, or
 * every piece names a spoken channel and a request to be written to follows.
 * Anything less stays an opt-out: a missed one is the worst error.
 */
function withdrawsOptOut(text: string, evidence: Evidence[]): boolean {
  const optOuts = evidence.filter((item) => item.intent === 'opt_out');
  const lastOptOutEnd = Math.max(...optOuts.map((item) => item.at + item.phrase.length));
  const decisiveAfter = (from: number, intents: readonly Intent[]) =>
    evidence.some((item) => intents.includes(item.intent) && item.weight >= 4 && item.at >= from);
  for (const match of text.matchAll(CONTRAST)) {
    if (match.index >= lastOptOutEnd) return decisiveAfter(match.index, ['interested', 'callback']);
  }
  if (optOuts.every((item) => WRITTEN_CHANNEL.test(item.phrase))) return decisiveAfter(lastOptOutEnd, ['callback']);
  // The mirror image: "ne m'appelez pas, écrivez-moi plutôt par mail"
  const spokenOnly = optOuts.every((item) =>
    SPOKEN_CHANNEL.test(text.slice(item.at, item.at + item.phrase.length + CHANNEL_QUALIFIER_LENGTH)),
  );
  return spokenOnly && WRITTEN_REQUEST.test(text.slice(lastOptOutEnd));
}

/** A negation governs the phrase when it stands shortly before it, or (in French) right after it, in the same clause. */
function isNegated(text: string, start: number, end: number): boolean {
  const clause = clauseBefore(text, start);
  const before = clause.split(' ').slice(-3).join(' ');
  if (NEGATOR_BEFORE.test(` ${before} `) || NEGATOR_RIGHT_BEFORE.test(clause)) return true;
  const after = clauseAfter(text, end);
  return NEGATOR_AFTER.test(after);
}

function clauseBefore(text: string, position: number): string {
  const head = text.slice(0, position);
  let cut = 0;
  for (const match of head.matchAll(CLAUSE_BREAK)) cut = (match.index ?? 0) + match[0].length;
  return head.slice(cut).trim();
}

function clauseAfter(text: string, position: number): string {
  const tail = text.slice(position);
  CLAUSE_BREAK.lastIndex = 0;
  const next = tail.search(/[.!?;,:()"]|\b(?:mais|but)\b/);
  return next === -1 ? tail : tail.slice(0, next);
}

const round = (value: number) => Math.round(value * 100) / 100;
