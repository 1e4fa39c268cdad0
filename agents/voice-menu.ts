/** The menu is played at most this many times; then the call ends politely. */
export const MENU_ATTEMPTS = 2;

export type MenuStep =
  | { kind: 'information' }
  | { kind: 'voicemail'; operatorUnavailable: boolean }
  | { kind: 'operator'; phone: string }
  | { kind: 'repeat'; attempt: number; reason: 'invalid' | 'none' }
  | { kind: 'goodbye'; reason: 'invalid' | 'none' };

/**
 * What a key pressed at the menu leads to: 1 information, 2 voicemail,
 * 0 the operator (voicemail when there is none), anything else or nothing
 * the menu again, once.
 */
export function menuStepOf(digits: string | undefined, attempt: number, operatorPhone: string | undefined): MenuStep {
  const key = digits?.trim() ?? '';
  if (key === '1') return { kind: 'information' };
  if (key === '2') return { kind: 'voicemail', operatorUnavailable: false };
  if (key === '0') {
    return operatorPhone
      ? { kind: 'operator', phone: operatorPhone }
      : { kind: 'voicemail', operatorUnavailable: true };
  }
  const reason = key === '' ? 'none' : 'invalid';
  return attempt < MENU_ATTEMPTS ? { kind: 'repeat', attempt: attempt + 1, reason } : { kind: 'goodbye', reason };
}

/** Twilio's DialCallStatus values after which the caller is still on the line and nobody took the call. */
const UNANSWERED = new Set(['no-answer', 'busy', 'failed']);

/** After the transfer: voicemail when the operator did not take the call, otherwise the call is over. */
export function afterTransfer(dialCallStatus: string | undefined): 'voicemail' | 'hangup' {
  // No status at all is not something Twilio sends; the caller may still be there, so offer the voicemail.
  if (dialCallStatus === undefined) return 'voicemail';
  return UNANSWERED.has(dialCallStatus) ? 'voicemail' : 'hangup';
}

/** The attempt number carried in the menu URL (?attempt=2); anything else counts as the first. */
export function attemptOf(value: unknown): number {
  if (typeof value !== 'string' || !/^\d{1,2}$/.test(value)) return 1;
  return Math.max(1, Number(value));
}
