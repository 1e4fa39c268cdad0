import type { Action, Entities, Intent } from '../../src/domain/interpretation.js';
import type { LeadStatus } from '../../src/domain/lead.js';

/** What each intent asks of the platform, and the lead stage it moves to (null: unchanged). */
export const INTENT_OUTCOMES: Record<Intent, { action: Action['type']; status: LeadStatus | null }> = {
  interested: { action: 'transfer_to_crm', status: 'interested' },
  callback: { action: 'schedule_callback', status: 'callback_requested' },
  question: { action: 'send_follow_up', status: 'replied' },
  later: { action: 'send_follow_up', status: 'later' },
  not_interested: { action: 'none', status: 'not_interested' },
  wrong_person: { action: 'flag', status: 'wrong_person' },
  opt_out: { action: 'blacklist', status: 'unsubscribed' },
  unclear: { action: 'flag', status: null },
};

export function decideAction(intent: Intent, entities: Entities, questions: string[], confidence: number): Action {
  const type = INTENT_OUTCOMES[intent].action;
  switch (intent) {
    case 'opt_out':
      return { type, details: { reason: 'opt_out', scope: 'all_channels' } };
    case 'interested':
      return { type, details: { priority: 'high', reason: 'interested' } };
    case 'callback':
      return {
        type,
        details: { when: entities.times[0] ?? null, times: entities.times, phone: entities.phones[0] ?? null },
      };
    case 'later':
      return { type, details: { reason: 'later', when: entities.times[0] ?? null } };
    case 'question':
      return { type, details: { reason: 'question', questions } };
    case 'wrong_person':
      return { type, details: { reason: 'wrong_person' } };
    case 'not_interested':
      return { type, details: { reason: 'not_interested', stop_sequence: true } };
    case 'unclear':
      // Nothing to act on with confidence: a human (or the LLM) should look.
      return confidence >= 0.75
        ? { type: 'none', details: { reason: 'unclear' } }
        : { type, details: { reason: 'unclear' } };
  }
}
