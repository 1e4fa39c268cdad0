import type { Logger } from 'pino';
import { splitCampaignTag } from '../campaign-tag.js';
import { INTENT_OUTCOMES } from '../interpreter/decide-action.js';
import type { LeadStore } from '../lead-store.js';
import { refineInterpretation, type RefineDependencies } from './refine-interpretation.js';

export interface MessageRefinerDependencies extends Omit<RefineDependencies, 'logger'> {
  leads: Pick<LeadStore, 'findRefinementSubject' | 'applyRefinement'>;
  logger: Pick<Logger, 'warn' | 'info'>;
}

export type RefinementOutcome = 'applied' | 'kept' | 'skipped';

/**
 * The background job's body: reads a stored message, asks the LLM (when the
 * mode says so) and writes the refined interpretation and lead stage back.
 * Database errors are thrown so the queue retries; LLM failures are not.
 */
export function createMessageRefiner(dependencies: MessageRefinerDependencies) {
  const { leads, logger } = dependencies;
  return async function refineMessage(messageSid: string): Promise<RefinementOutcome> {
    const subject = await leads.findRefinementSubject(messageSid);
    if (!subject) {
      logger.warn({ event: 'interpretation.refine_missing', messageSid }, 'no stored interpretation to refine');
      return 'skipped';
    }
    // A job run twice (a retry after the write committed) must not ask the LLM again.
    if (subject.interpretation.method !== 'rules') return 'skipped';
    const rules = subject.interpretation;
    const refined = await refineInterpretation(dependencies, {
      rules,
      text: splitCampaignTag(subject.body).text,
      messageSid,
    });
    if (!refined) return 'kept';
    const optOut = refined.intent === 'opt_out';
    const applied = await leads.applyRefinement(messageSid, refined, {
      status: INTENT_OUTCOMES[refined.intent].status,
      optOut,
    });
    if (!applied) return 'skipped';
    logger.info(
      {
        event: 'interpretation.refined',
        messageSid,
        intent: refined.intent,
        previousIntent: rules.intent,
        confidence: refined.confidence,
        method: refined.method,
        model: refined.model,
      },
      'interpretation refined',
    );
    return 'applied';
  };
}
