import VoiceResponseBuilder from 'twilio/lib/twiml/VoiceResponse.js';
import type { MenuStep } from '../agents/voice-menu.js';
import type { VoiceTexts } from '../src/config/messages-schema.js';

type VoiceResponse = InstanceType<typeof VoiceResponseBuilder>;
type SayAttributes = NonNullable<Parameters<VoiceResponse['say']>[0]>;
type GatherAttributes = NonNullable<Parameters<VoiceResponse['gather']>[0]>;

/** Longest a voicemail may be, in seconds. */
export const VOICEMAIL_MAX_SECONDS = 60;
/** How long the operator's phone rings; shorter than most phones' own voicemail, so ours takes the message. */
export const OPERATOR_RING_SECONDS = 20;

/** Where Twilio is sent next; absolute on PUBLIC_BASE_URL when set, so they match what the signature check rebuilds. */
export interface VoiceUrls {
  menu(attempt: number): string;
  operator: string;
  voicemailDone: string;
  recording: string;
}

export function voiceUrls(base: string): VoiceUrls {
  return {
    menu: (attempt) => `${base}/menu${attempt > 1 ? `?attempt=${attempt}` : ''}`,
    operator: `${base}/operator`,
    voicemailDone: `${base}/voicemail`,
    recording: `${base}/recording`,
  };
}

/** Every voice answer, built with the SDK's VoiceResponse so the XML and its escaping are the SDK's job. */
export class VoiceTwiml {
  readonly #texts: VoiceTexts;
  readonly #urls: VoiceUrls;
  readonly #sayAttributes: SayAttributes;

  constructor(texts: VoiceTexts, urls: VoiceUrls) {
    this.#texts = texts;
    this.#urls = urls;
    // The file's language and voice are checked for shape at start; Twilio knows which ones exist.
    this.#sayAttributes = {
      language: texts.language as SayAttributes['language'],
      ...(texts.voice ? { voice: texts.voice as SayAttributes['voice'] } : {}),
    };
  }

  /** The menu: one key, then the menu URL; with no key at all Twilio falls through to the redirect. */
  menu(attempt = 1, preface?: string): string {
    const response = new VoiceResponseBuilder();
    if (preface) response.say(this.#sayAttributes, preface);
    const gather = response.gather({
      input: ['dtmf'],
      numDigits: 1,
      timeout: 5,
      language: this.#texts.language as GatherAttributes['language'],
      action: this.#urls.menu(attempt),
      method: 'POST',
    });
    gather.say(this.#sayAttributes, this.#texts.menu);
    response.redirect({ method: 'POST' }, this.#urls.menu(attempt));
    return response.toString();
  }

  step(step: MenuStep): string {
    switch (step.kind) {
      case 'information':
        return this.#sayThenHangUp(this.#texts.information, this.#texts.goodbye);
      case 'voicemail':
        return this.voicemail(step.operatorUnavailable);
      case 'operator':
        return this.#operator(step.phone);
      case 'repeat':
        return this.menu(step.attempt, this.#choiceProblem(step.reason));
      case 'goodbye':
        return this.#sayThenHangUp(this.#choiceProblem(step.reason), this.#texts.goodbye);
    }
  }

  /** The invitation and the recording; its status callback brings the recording, its action thanks the caller. */
  voicemail(operatorUnavailable: boolean): string {
    const response = new VoiceResponseBuilder();
    if (operatorUnavailable) response.say(this.#sayAttributes, this.#texts.operatorUnavailable);
    response.say(this.#sayAttributes, this.#texts.voicemail);
    // Without an action Twilio would request this same document again and replay the invitation.
    response.record({
      action: this.#urls.voicemailDone,
      method: 'POST',
      maxLength: VOICEMAIL_MAX_SECONDS,
      playBeep: true,
      finishOnKey: '#',
      recordingStatusCallback: this.#urls.recording,
      recordingStatusCallbackMethod: 'POST',
    });
    return response.toString();
  }

  voicemailDone(): string {
    return this.#sayThenHangUp(this.#texts.voicemailThanks);
  }

  hangUp(): string {
    const response = new VoiceResponseBuilder();
    response.hangup();
    return response.toString();
  }

  /** For callbacks whose answer Twilio ignores. */
  empty(): string {
    return new VoiceResponseBuilder().toString();
  }

  #operator(phone: string): string {
    const response = new VoiceResponseBuilder();
    response.say(this.#sayAttributes, this.#texts.transfer);
    const dial = response.dial({ action: this.#urls.operator, method: 'POST', timeout: OPERATOR_RING_SECONDS });
    dial.number(phone);
    return response.toString();
  }

  #choiceProblem(reason: 'invalid' | 'none'): string {
    return reason === 'invalid' ? this.#texts.invalidChoice : this.#texts.noChoice;
  }

  #sayThenHangUp(...texts: string[]): string {
    const response = new VoiceResponseBuilder();
    for (const text of texts) response.say(this.#sayAttributes, text);
    response.hangup();
    return response.toString();
  }
}
