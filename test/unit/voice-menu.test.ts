import { describe, expect, it } from 'vitest';
import { afterTransfer, attemptOf, menuStepOf } from '../../agents/voice-menu.js';

const OPERATOR = '+33611223344';

describe('menuStepOf', () => {
  it('when 1 is pressed, then the information is given', () => {
    expect(menuStepOf('1', 1, OPERATOR)).toEqual({ kind: 'information' });
  });

  it('when 2 is pressed, then the voicemail is offered', () => {
    expect(menuStepOf('2', 1, OPERATOR)).toEqual({ kind: 'voicemail', operatorUnavailable: false });
  });

  it('when 0 is pressed, then the operator is dialled, or the voicemail offered when there is none', () => {
    expect(menuStepOf('0', 1, OPERATOR)).toEqual({ kind: 'operator', phone: OPERATOR });
    expect(menuStepOf('0', 1, undefined)).toEqual({ kind: 'voicemail', operatorUnavailable: true });
  });

  it.each(['9', '*', '#', '12'])('when %j is pressed at the first attempt, then the menu is repeated', (digits) => {
    expect(menuStepOf(digits, 1, OPERATOR)).toEqual({ kind: 'repeat', attempt: 2, reason: 'invalid' });
  });

  it.each([undefined, '', ' '])('when no key (%j) comes at the first attempt, then the menu is repeated', (digits) => {
    expect(menuStepOf(digits, 1, OPERATOR)).toEqual({ kind: 'repeat', attempt: 2, reason: 'none' });
  });

  it('when the second attempt brings no valid key either, then the call ends', () => {
    expect(menuStepOf('7', 2, OPERATOR)).toEqual({ kind: 'goodbye', reason: 'invalid' });
    expect(menuStepOf(undefined, 2, OPERATOR)).toEqual({ kind: 'goodbye', reason: 'none' });
    expect(menuStepOf(undefined, 9, OPERATOR)).toEqual({ kind: 'goodbye', reason: 'none' });
  });

  it('when the second attempt brings a valid key, then it is acted on', () => {
    expect(menuStepOf('1', 2, OPERATOR)).toEqual({ kind: 'information' });
  });
});

describe('afterTransfer', () => {
  it.each(['no-answer', 'busy', 'failed', undefined])(
    'when the transfer ends with %s, then the voicemail is offered',
    (status) => {
      expect(afterTransfer(status)).toBe('voicemail');
    },
  );

  it.each(['completed', 'answered', 'canceled'])('when the transfer ends with %s, then the call is over', (status) => {
    expect(afterTransfer(status)).toBe('hangup');
  });
});

describe('attemptOf', () => {
  it.each([
    [undefined, 1],
    ['2', 2],
    ['1', 1],
    ['0', 1],
    ['abc', 1],
    ['-3', 1],
    [['2', '3'], 1],
  ])('when the query says %j, then the attempt is %i', (value, attempt) => {
    expect(attemptOf(value)).toBe(attempt);
  });
});
