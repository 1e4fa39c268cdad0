import type { CountryCode } from 'libphonenumber-js';
import type { Interpretation } from '../src/domain/interpretation.js';
import type { LeadContext, LeadUpdate } from '../src/domain/lead.js';
import type { NormalisedResponse } from '../src/domain/normalised-response.js';
import { INTENT_OUTCOMES } from './interpreter/decide-action.js';
import { interpretText } from './interpreter/interpret-text.js';
import { keywordCommandOf, type KeywordCommand } from './keyword-command.js';
import type { LeadStore, RecordedInbound } from './lead-store.js';

export interface InterpretationContext {
  lead: LeadContext | null;
}

export interface InterpretedResponse {
  interpretation: Interpretation;
  leadUpdate: LeadUpdate;
  command: KeywordCommand | null;
}

export interface ProcessedResponse extends InterpretedResponse {
  recorded: RecordedInbound;
}

/**
 * Chooses the SMS answer (or none) for a message; keyword commands plug in here.
 * `lead` is the lead as it was before this message (null: a new number).
 */
export type ReplyComposer = (
  input: InterpretedResponse & { normalised: NormalisedResponse; lead: LeadContext | null },
) => string | null;

export interface ResponseInterpreterDependencies {
  leads: Pick<LeadStore, 'findLeadByPhone' | 'recordInbound'>;
  composeReply?: ReplyComposer;
  defaultRegion?: CountryCode;
}

/**
 * Second agent: understands the normalised response, decides the action and
 * the lead's new stage, and records lead, message and interpretation together.
 */
export class ResponseInterpreterAgent {
  readonly #leads: ResponseInterpreterDependencies['leads'];
  readonly #composeReply: ReplyComposer;
  readonly #region: CountryCode;

  constructor(dependencies: ResponseInterpreterDependencies) {
    this.#leads = dependencies.leads;
    this.#composeReply = dependencies.composeReply ?? (() => null);
    this.#region = dependencies.defaultRegion ?? 'FR';
  }

  /** Pure: the same message and context always give the same interpretation. */
  interpret(normalised: NormalisedResponse, context: InterpretationContext): InterpretedResponse {
    const optedOut = context.lead?.doNotContact ?? false;
    const command = keywordCommandOf(normalised.extracted_data.text, optedOut);
    const interpretation = interpretText(normalised.extracted_data.text, this.#region);
    // Twilio's Advanced Opt-Out already decided; we record it whatever the words say.
    const twilioOptOut = normalised.extracted_data.opt_out_type === 'STOP';
    const optOut = interpretation.intent === 'opt_out' || command === 'stop' || twilioOptOut;
    const optIn = !optOut && (command === 'start' || normalised.extracted_data.opt_out_type === 'START');
    if (optOut && interpretation.intent !== 'opt_out') {
      Object.assign(interpretation, forcedOptOut(interpretation));
    }
    const leadUpdate: LeadUpdate = {
      status: optIn ? null : INTENT_OUTCOMES[interpretation.intent].status,
      optOut,
      optIn,
    };
    return { interpretation, leadUpdate, command };
  }

  async process(normalised: NormalisedResponse): Promise<ProcessedResponse> {
    const lead = await this.#leads.findLeadByPhone(normalised.sender);
    const interpreted = this.interpret(normalised, { lead });
    const replyText = this.#composeReply({ ...interpreted, normalised, lead });
    const recorded = await this.#leads.recordInbound({ normalised, ...interpreted, replyText });
    return { ...interpreted, recorded };
  }
}

function forcedOptOut(interpretation: Interpretation): Partial<Interpretation> {
  return {
    intent: 'opt_out',
    sentiment: 'negative',
    interest_level: 'none',
    do_not_contact: true,
    confidence: 0.99,
    action: { type: 'blacklist', details: { reason: 'opt_out', scope: 'all_channels' } },
    key_points: ['opt-out keyword', ...interpretation.key_points],
  };
}
