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

/** The longest word that can be a command: a body whose word is longer cannot be one. */
const LONGEST_COMMAND = Math.max(...[...Object.keys(COMMANDS), ...OPT_IN_WHEN_OPTED_OUT].map((word) => word.length));
const MARK = /\p{M}/u;
/** What surrounds a command and is not part of it: spaces and . ! ? … */
const SEPARATOR = /[\s.!?…]/u;
const TRAILING_SEPARATORS = new RegExp(`${SEPARATOR.source}+$`, 'u');
/** SEPARATOR for the ASCII characters, looked up rather than matched: most replies are ASCII. */
const ASCII_SEPARATOR = Array.from({ length: 0x80 }, (_, code) => SEPARATOR.test(String.fromCharCode(code)));

/**
 * Whether the body's command word would be longer than limit, told without
 * building it: the characters that are neither marks nor spaces nor . ! ? …
 * all stay in the word, each as at least one code point (decomposing and
 * lower-casing only add code points), so once they number more than limit, so
 * does the word. Counted by code point, not by UTF-16 unit: an astral
 * character may decompose into one of the BMP (U+2F813 into U+34B9).
 */
function wordLongerThan(body: string, limit: number): boolean {
  let kept = 0;
  for (let index = 0; index < body.length; index += 1) {
    const code = body.charCodeAt(index);
    if (code < 0x80) {
      if (!ASCII_SEPARATOR[code]) kept += 1;
    } else {
      // By code point: a mark outside the BMP (U+11C92…) is two code units, and still a mark.
      const character = String.fromCodePoint(body.codePointAt(index)!);
      index += character.length - 1;
      if (!MARK.test(character) && !SEPARATOR.test(character)) kept += 1;
    }
    if (kept > limit) return true;
  }
  return false;
}

/**
 * The body as a command word is compared: trimmed, lower case, without accents
 * or trailing punctuation. Read once per message; {@link commandOfWord} then
 * answers for a lead in either state. A body whose word would be longer than
 * any command gives the empty word instead: most replies are sentences, and
 * normalising each whole only to miss a list of single words cost more than
 * the rest of the command logic.
 */
export function commandWordOf(body: string): string {
  if (wordLongerThan(body, LONGEST_COMMAND)) return '';
  return body.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase().replace(TRAILING_SEPARATORS, '');
}

export function commandOfWord(word: string, optedOut: boolean): KeywordCommand | null {
  const command = COMMANDS[word];
  if (command) return command;
  return optedOut && OPT_IN_WHEN_OPTED_OUT.has(word) ? 'start' : null;
}
