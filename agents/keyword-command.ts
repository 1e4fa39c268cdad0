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
  const word = body
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .toLowerCase()
    .replace(/[\s.!?…]+$/u, '');
  const command = COMMANDS[word];
  if (command) return command;
  return optedOut && OPT_IN_WHEN_OPTED_OUT.has(word) ? 'start' : null;
}
