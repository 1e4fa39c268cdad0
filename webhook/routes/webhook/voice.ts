import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { afterTransfer, attemptOf, menuStepOf } from '../../../agents/voice-menu.js';
import type { AppConfig } from '../../../src/config/load-config.js';
import { describeInfrastructureError, isInfrastructureError } from '../../../src/db/infrastructure-error.js';
import { maskPhone, toE164 } from '../../../src/phone.js';
// Its wording ("missing field: CallSid; malformed: …") fits any Twilio form.
import { describeInvalidSms as describeInvalidFields } from '../../../src/twilio/inbound-sms.js';
import { voiceRequestSchema, type VoiceRequest } from '../../../src/twilio/voice-call.js';
import { VoiceTwiml, voiceUrls } from '../../voice-twiml.js';
import voiceRecording from './voice-recording.js';

export interface VoiceRoutesOptions {
  config: AppConfig;
}

const routeConfig = { eventPrefix: 'voice' };

/**
 * The voice menu: POST /webhook/voice answers the call, /menu acts on the key
 * pressed, /operator on the end of a transfer, /voicemail on the end of a
 * message, /recording stores the recording. Every answer is TwiML; a
 * database outage never cuts off a caller: the call is answered all the same.
 */
const voiceRoutes: FastifyPluginAsync<VoiceRoutesOptions> = async (fastify, options) => {
  const { config } = options;
  // The URLs Twilio is sent to next, on the public base when set: exactly what the signature check rebuilds.
  const twiml = new VoiceTwiml(config.messages.voice, voiceUrls((config.publicBaseUrl ?? '') + fastify.prefix));

  function parse(request: FastifyRequest, reply: FastifyReply): VoiceRequest | null {
    const parsed = voiceRequestSchema.safeParse(request.body ?? {});
    if (parsed.success) return parsed.data;
    const message = describeInvalidFields(parsed.error);
    request.outcome = { event: 'voice.invalid', reason: message };
    void reply.code(400).send({ statusCode: 400, error: 'Bad Request', message });
    return null;
  }

  /** Records what this request says about the call; resolves to false when the database is away. */
  async function track(
    request: FastifyRequest,
    call: VoiceRequest,
    change: { digit?: string; dialStatus?: string } = {},
  ): Promise<boolean> {
    try {
      await fastify.callStore.recordCallEvent({
        callSid: call.CallSid,
        callerE164: call.From ? toE164(call.From, config.defaultRegion) : null,
        from: call.From ?? null,
        to: call.To ?? null,
        status: call.CallStatus ?? null,
        digit: change.digit ?? null,
        dialStatus: change.dialStatus ?? null,
        raw: call,
        at: new Date(),
      });
      return true;
    } catch (error) {
      if (!isInfrastructureError(error)) throw error;
      const reason = describeInfrastructureError(error);
      request.log.warn({ event: 'voice.store_failed', callSid: call.CallSid, reason }, 'call not stored');
      return false;
    }
  }

  const answer = (reply: FastifyReply, xml: string) => reply.type('text/xml').send(xml);
  const outcomeLevel = (stored: boolean) => (stored ? {} : { level: 'warn' as const, stored });

  fastify.post('/', { config: routeConfig }, async (request, reply) => {
    const call = parse(request, reply);
    if (!call) return reply;
    const stored = await track(request, call);
    request.outcome = {
      event: 'voice.incoming',
      callSid: call.CallSid,
      from: maskPhone(call.From),
      ...outcomeLevel(stored),
    };
    return answer(reply, twiml.menu());
  });

  fastify.post('/menu', { config: routeConfig }, async (request, reply) => {
    const call = parse(request, reply);
    if (!call) return reply;
    const attempt = attemptOf((request.query as Record<string, unknown>).attempt);
    const key = call.Digits?.trim() ?? '';
    const step = menuStepOf(key, attempt, config.operatorPhone);
    const stored = await track(request, call, key === '' ? {} : { digit: key });
    request.outcome = {
      event: 'voice.menu',
      callSid: call.CallSid,
      key: key === '' ? null : key,
      attempt,
      step: step.kind,
      ...outcomeLevel(stored),
    };
    return answer(reply, twiml.step(step));
  });

  fastify.post('/operator', { config: routeConfig }, async (request, reply) => {
    const call = parse(request, reply);
    if (!call) return reply;
    const next = afterTransfer(call.DialCallStatus);
    const stored = await track(request, call, call.DialCallStatus ? { dialStatus: call.DialCallStatus } : {});
    request.outcome = {
      event: 'voice.transfer_ended',
      callSid: call.CallSid,
      dialStatus: call.DialCallStatus ?? null,
      next,
      ...outcomeLevel(stored),
    };
    return answer(reply, next === 'voicemail' ? twiml.voicemail(true) : twiml.hangUp());
  });

  fastify.post('/voicemail', { config: routeConfig }, async (request, reply) => {
    const call = parse(request, reply);
    if (!call) return reply;
    const stored = await track(request, call);
    request.outcome = { event: 'voice.voicemail_ended', callSid: call.CallSid, ...outcomeLevel(stored) };
    return answer(reply, twiml.voicemailDone());
  });

  await fastify.register(voiceRecording, { twiml });
};

export default voiceRoutes;
