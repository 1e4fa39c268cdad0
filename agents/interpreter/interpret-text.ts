import type { CountryCode } from 'libphonenumber-js';
import type { Intent, Interpretation } from '../../src/domain/interpretation.js';
import { classify } from './classify.js';
import { decideAction } from './decide-action.js';
import { extractEntities } from './entities.js';
import { normaliseText } from './normalise-text.js';
import { readSentences } from './sentences.js';

const SENTIMENT: Record<Intent, Interpretation['sentiment']> = {
  interested: 'positive',
  callback: 'positive',
  later: 'neutral',
  question: 'neutral',
  unclear: 'neutral',
  wrong_person: 'neutral',
  not_interested: 'negative',
  opt_out: 'negative',
};

const INTEREST: Record<Intent, Interpretation['interest_level']> = {
  interested: 'high',
  callback: 'high',
  question: 'medium',
  later: 'low',
  unclear: 'low',
  not_interested: 'none',
  wrong_person: 'none',
  opt_out: 'none',
};

export const MAX_INTERPRETED_LENGTH = 2000;

/**
 * The rules interpreter: no network, no state, microseconds per message.
 * It always returns the whole contract, with a confidence hybrid mode uses
 * to decide whether an LLM should have a second look.
 */
export function interpretText(fullText: string, region: CountryCode = 'FR'): Interpretation {
  // An SMS is at most 1,600 characters; beyond that it is not a reply to read but a cost to bound.
  const text = fullText.length > MAX_INTERPRETED_LENGTH ? fullText.slice(0, MAX_INTERPRETED_LENGTH) : fullText;
  const normalised = normaliseText(text);
  const classification = classify(normalised);
  const { intent, confidence } = classification;
  const entities = extractEntities(text, region, normalised.text);
  const { questions, objections } = readSentences(text, normalised.text);

  let sentiment = SENTIMENT[intent];
  if (intent === 'unclear' && normalised.signals.positiveEmojis > normalised.signals.negativeEmojis)
    sentiment = 'positive';
  if (normalised.signals.negativeEmojis > 0 && intent !== 'interested') sentiment = 'negative';

  const keyPoints: string[] = [];
  if (classification.optOutKeyword) keyPoints.push('opt-out keyword');
  for (const item of classification.evidence.filter((entry) => entry.intent === intent).slice(0, 3)) {
    keyPoints.push(`${item.negated ? 'negated: ' : ''}${item.phrase}`);
  }
  if (entities.times.length > 0) keyPoints.push(`time: ${entities.times.join(', ')}`);
  if (entities.client_website) keyPoints.push(`website: ${entities.client_website}`);

  return {
    intent,
    sentiment,
    interest_level: INTEREST[intent],
    do_not_contact: intent === 'opt_out',
    confidence,
    objections,
    questions,
    key_points: [...new Set(keyPoints)],
    entities,
    action: decideAction(intent, entities, questions, confidence),
    method: 'rules',
    model: null,
  };
}
