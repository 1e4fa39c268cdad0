import type { Logger } from 'pino';
import type { Interpretation } from '../../src/domain/interpretation.js';
import { decideAction } from '../interpreter/decide-action.js';
import type { LlmAnswer } from './llm-answer.js';
import type { LlmClient } from './llm-client.js';
import { LlmError } from './llm-errors.js';

export type RefinementMode = 'hybrid' | 'llm';

export interface RefineDependencies {
  mode: RefinementMode;
  minConfidence: number;
  llm: Pick<LlmClient, 'interpret' | 'model'>;
  logger: Pick<Logger, 'warn'>;
}

export interface RefineInput {
  rules: Interpretation;
  text: string;
  /** For the logs: the message is named by its sid, never by its text. */
  messageSid: string;
}

/** Hybrid mode only asks about what the rules are unsure of; llm mode asks about everything. */
export function needsRefinement(mode: RefinementMode, minConfidence: number, rules: Interpretation): boolean {
  return mode === 'llm' || rules.confidence < minConfidence;
}

/**
 * The LLM's second look at a message the rules already interpreted. Resolves
 * to null when the LLM is not asked or fails: the rules' answer then stands.
 */
export async function refineInterpretation(
  dependencies: RefineDependencies,
  input: RefineInput,
): Promise<Interpretation | null> {
  const { mode, minConfidence, llm, logger } = dependencies;
  if (!needsRefinement(mode, minConfidence, input.rules)) return null;
  let answer: LlmAnswer;
  try {
    answer = await llm.interpret(input.text, input.rules);
  } catch (error) {
    const kind = error instanceof LlmError ? error.kind : 'unexpected';
    logger.warn(
      { event: 'interpretation.llm_failed', messageSid: input.messageSid, kind, reason: (error as Error).message },
      'LLM refinement failed; the rules interpretation is kept',
    );
    return null;
  }
  return mergeAnswer(input.rules, answer, mode, llm.model);
}

/** The refined interpretation: the LLM's judgement, the rules' entities, and an opt-out that never goes back. */
export function mergeAnswer(
  rules: Interpretation,
  answer: LlmAnswer,
  method: RefinementMode,
  model: string,
): Interpretation {
  if (rules.intent === 'opt_out' && answer.intent !== 'opt_out') {
    // A missed opt-out is the worst error there is: the rules' opt-out stands, the disagreement is noted.
    return {
      ...rules,
      do_not_contact: true,
      key_points: [...rules.key_points, `llm suggested ${answer.intent}; opt-out kept`],
      method,
      model,
    };
  }
  const intent = answer.intent;
  const optOut = intent === 'opt_out';
  const entities = { ...rules.entities, times: [...new Set([...rules.entities.times, ...answer.times])] };
  return {
    intent,
    sentiment: optOut ? 'negative' : answer.sentiment,
    interest_level: optOut ? 'none' : answer.interest_level,
    do_not_contact: optOut,
    confidence: answer.confidence,
    objections: answer.objections,
    questions: answer.questions,
    key_points: answer.key_points,
    entities,
    action: decideAction(intent, entities, answer.questions, answer.confidence),
    method,
    model,
  };
}
