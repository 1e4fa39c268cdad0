import { describe, expect, it } from 'vitest';
import { keywordCommandOf } from '../../agents/keyword-command.js';

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
});
