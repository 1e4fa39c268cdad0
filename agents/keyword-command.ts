export type KeywordCommand = 'help' | 'info' | 'hours' | 'contact' | 'stop' | 'start';

/**
 * Whole-message commands, compared trimmed, without case, accents or trailing
 * punctuation: "Stop." is STOP, "stopper" and "information" are not.
 */
const COMMANDS: Record<string, KeywordCommand> = {
  aide: 'help',
  help: 'help',
  info: 'info',
  infos: 'info',
  horaires: 'hours',
  horaire: 'hours',
  contact: 'contact',
  stop: 'stop',
  stopall: 'stop',
  unsubscribe: 'stop',
  cancel: 'stop',
  end: 'stop',
  quit: 'stop',
  revoke: 'stop',
  optout: 'stop',
  arret: 'stop',
  desinscription: 'stop',
  start: 'start',
  unstop: 'start',
};

/** Only while the lead is opted out do these mean START (Twilio's own rule for YES). */
const OPT_IN_WHEN_OPTED_OUT = new Set(['oui', 'yes']);

export function keywordCommandOf(body: string, optedOut: boolean): KeywordCommand | null {
  return commandOfWord(commandWordOf(body), optedOut);
}

/**
 * The body as a command word is compared: trimmed, lower case, without accents
 * or trailing punctuation. Read once per message; {@link commandOfWord} then
 * answers for a lead in either state.
 */
export function commandWordOf(body: string): string {
  return body
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .toLowerCase()
    .replace(/[\s.!?…]+$/u, '');
}

export function commandOfWord(word: string, optedOut: boolean): KeywordCommand | null {
  const command = COMMANDS[word];
  if (command) return command;
  return optedOut && OPT_IN_WHEN_OPTED_OUT.has(word) ? 'start' : null;
}
