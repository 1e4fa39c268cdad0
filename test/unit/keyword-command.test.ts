import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { commandOfWord, commandWordOf, keywordCommandOf } from '../../agents/keyword-command.js';

describe('keywordCommandOf', () => {
  it.each([
    ['Stop.', 'stop'],
    [' STOP ', 'stop'],
    ['stop!!', 'stop'],
    ['Arrêt', 'stop'],
    ['ARRET…', 'stop'],
    ['Désinscription', 'stop'],
    ['UNSUBSCRIBE', 'stop'],
    ['StopAll', 'stop'],
    ['aide', 'help'],
    ['HELP?', 'help'],
    ['Info', 'info'],
    ['HORAIRES', 'hours'],
    ['contact', 'contact'],
    ['START', 'start'],
    ['unstop', 'start'],
  ] as const)('when the whole message is %j, then the command is %s', (body, command) => {
    expect(keywordCommandOf(body, false)).toBe(command);
  });

  it.each([
    'STOP',
    'STOPALL',
    'UNSUBSCRIBE',
    'CANCEL',
    'END',
    'QUIT',
    'REVOKE',
    'OPTOUT',
    'ARRET',
    'ARRÊT',
    'DESINSCRIPTION',
  ])(
    "when the whole message is %j (Twilio's default opt-out words and the French ones), then the command is stop",
    (body) => {
      expect(keywordCommandOf(body, false)).toBe('stop');
      expect(keywordCommandOf(body.toLowerCase(), true)).toBe('stop');
    },
  );

  it.each(['stopper', 'information', 'stop svp', 'Stop, merci', 'aide moi', 'je veux le stop', 'horaires ?!x', ''])(
    'when %j is not a keyword on its own, then there is no command',
    (body) => {
      expect(keywordCommandOf(body, false)).toBeNull();
      expect(keywordCommandOf(body, true)).toBeNull();
    },
  );

  it.each(['OUI', 'oui', 'Oui !', 'yes', 'YES.'])('when an opted-out lead answers %j, then it means START', (body) => {
    expect(keywordCommandOf(body, true)).toBe('start');
  });

  it.each(['OUI', 'yes'])('when a lead who is not opted out answers %j, then it is no command', (body) => {
    expect(keywordCommandOf(body, false)).toBeNull();
  });

  it('when an opted-out lead sends STOP again, then it is still STOP', () => {
    expect(keywordCommandOf('STOP', true)).toBe('stop');
  });

  it('when a command is followed by a long run of punctuation and spaces, then it is still the command', () => {
    expect(keywordCommandOf(`  Stop${'!'.repeat(40)} ${'.'.repeat(40)} …\n`, false)).toBe('stop');
    expect(keywordCommandOf(`stop.\u0301.`, false)).toBe('stop');
  });

  it('when the reply is a sentence longer than any command, then it is no command and is not normalised for nothing', () => {
    const sentence = `STOP ${'a'.repeat(20)}`;
    expect(commandWordOf(sentence)).toBe('');
    expect(keywordCommandOf(sentence, true)).toBeNull();
  });

  it('when a command is spelled with combining accents, then the accents do not count against its length', () => {
    expect(keywordCommandOf(`De${'\u0301'.repeat(30)}sinscription`, false)).toBe('stop');
    // U+11C92 is a combining mark written as two UTF-16 code units (found by the property below).
    expect(keywordCommandOf(`stop${'\u{11C92}'.repeat(10)}`, false)).toBe('stop');
  });

  it('when astral letters decompose into letters of the BMP, then the length gate counts them as the word will hold them', () => {
    // Found by the property below: U+2F813, two UTF-16 units, decomposes into U+34B9, one.
    const body = '\u{10A10}\u0000\u{10000}\u{10000}\u{10000}\u{10000}\u{10000}\u{2F813}';
    const word = body.normalize('NFD').toLowerCase();
    expect(word.length).toBe('desinscription'.length);
    expect(commandWordOf(body)).toBe(word);
  });
});

/** commandWordOf as it was before the length gate: the whole body normalised. */
const wholeBodyWord = (body: string) =>
  body
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .toLowerCase()
    .replace(/[\s.!?…]+$/u, '');

describe('commandWordOf', () => {
  const piece = fc.oneof(
    fc.constantFrom('stop', 'STOP', 'Arrêt', 'oui', 'YES', 'aide', 'horaires', 'désinscription', 'e\u0301'),
    fc.constantFrom(' ', '.', '!', '?', '…', '\n', '\u00a0', '\u2009', '\u0301', '\ufeff'),
    fc.string({ unit: 'binary', maxLength: 4 }),
  );

  it('when any body is read, then it decides the same command as normalising the whole body did, for a lead in either state', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join('')),
        fc.boolean(),
        (body, optedOut) => {
          expect(commandOfWord(commandWordOf(body), optedOut)).toBe(commandOfWord(wholeBodyWord(body), optedOut));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('when any body is read, then its word is the whole-body one, or empty when that one is longer than any command', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join('')),
        (body) => {
          const word = commandWordOf(body);
          const whole = wholeBodyWord(body);
          if (word === '' && whole !== '') expect(whole.length).toBeGreaterThan('desinscription'.length);
          else expect(word).toBe(whole);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
