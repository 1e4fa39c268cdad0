import type { SmsTexts } from '../src/config/messages-schema.js';
import type { NormalisedResponse } from '../src/domain/normalised-response.js';
import { keywordCommandOf, type KeywordCommand } from './keyword-command.js';
import type { ReplyComposer } from './response-interpreter-agent.js';

const TEXT_OF: Record<KeywordCommand, keyof Omit<SmsTexts, 'defaultReply'>> = {
  help: 'help',
  info: 'info',
  hours: 'hours',
  contact: 'contact',
  stop: 'stop',
  start: 'start',
};

/**
 * The answer to a keyword command. When Twilio's Advanced Opt-Out handled the
 * message it says so with OptOutType and has already answered it: a second
 * confirmation from us would be one SMS too many.
 */
export function keywordReply(
  command: KeywordCommand | null,
  optOutType: NormalisedResponse['extracted_data']['opt_out_type'],
  texts: SmsTexts,
): string | null {
  if (command === null || optOutType !== null) return null;
  return texts[TEXT_OF[command]];
}

/**
 * Keyword commands get their text; any other message gets the default reply
 * when one is configured, but never an opted-out lead, never a message that
 * opts out, and never beside Twilio's own answer.
 */
export function createReplyComposer(texts: SmsTexts): ReplyComposer {
  return ({ command, leadUpdate, normalised, optedOut }) => {
    const optOutType = normalised.extracted_data.opt_out_type;
    if (command !== null) return keywordReply(command, optOutType, texts);
    if (texts.defaultReply === null) return null;
    if (optOutType !== null || leadUpdate.optOut || optedOut) return null;
    return texts.defaultReply;
  };
}

/**
 * The answer while the database is away (the message is spooled): only what
 * the words alone decide. OUI/YES mean START only for an opted-out lead, which
 * cannot be known now, and the default reply must not reach an opted-out lead:
 * neither is sent. The opt-out or opt-in itself is recorded when the spool is
 * replayed.
 */
export function replyWithoutDatabase(normalised: NormalisedResponse, texts: SmsTexts): string | null {
  const command = keywordCommandOf(normalised.extracted_data.text, false);
  return keywordReply(command, normalised.extracted_data.opt_out_type, texts);
}
