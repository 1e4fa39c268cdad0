import type { FastifyPluginAsync } from 'fastify';
import { describeInfrastructureError, isInfrastructureError } from '../../../src/db/infrastructure-error.js';
import { describeInvalidSms as describeInvalidFields } from '../../../src/twilio/inbound-sms.js';
import { durationSecondsOf, recordingCallbackSchema } from '../../../src/twilio/voice-call.js';
import type { VoiceTwiml } from '../../voice-twiml.js';

/**
 * POST /webhook/voice/recording, Twilio's recording status callback: stores
 * the recording with its call. An unknown CallSid gets a call created from the
 * callback (it has no caller number, so no lead); a replayed callback stores
 * nothing and is answered the same.
 */
const voiceRecording: FastifyPluginAsync<{ twiml: VoiceTwiml }> = async (fastify, { twiml }) => {
  fastify.post('/recording', { config: { eventPrefix: 'voice' } }, async (request, reply) => {
    const parsed = recordingCallbackSchema.safeParse(request.body ?? {});
    if (!parsed.success) {
      const message = describeInvalidFields(parsed.error);
      request.outcome = { event: 'voice.invalid', reason: message };
      return reply.code(400).send({ statusCode: 400, error: 'Bad Request', message });
    }
    const callback = parsed.data;
    const ids = { callSid: callback.CallSid, recordingSid: callback.RecordingSid };
    let recorded;
    try {
      recorded = await fastify.callStore.recordRecording({
        callSid: callback.CallSid,
        recordingSid: callback.RecordingSid,
        url: callback.RecordingUrl,
        durationSeconds: durationSecondsOf(callback.RecordingDuration),
        status: callback.RecordingStatus ?? null,
        raw: callback,
        at: new Date(),
      });
    } catch (error) {
      if (!isInfrastructureError(error)) throw error;
      // The recording stays in the Twilio account: the sid logged here is enough to fetch it later.
      request.outcome = { event: 'voice.recording_failed', ...ids, reason: describeInfrastructureError(error) };
      return reply
        .code(503)
        .header('retry-after', '30')
        .send({ statusCode: 503, error: 'Service Unavailable', message: 'Storage unavailable, retry later' });
    }
    request.outcome = {
      event: recorded.duplicate ? 'voice.recording_duplicate' : 'voice.recording_stored',
      ...ids,
      callId: recorded.callId,
      leadId: recorded.leadId,
      durationSeconds: durationSecondsOf(callback.RecordingDuration),
      // A recording for a call we never saw means its first requests went elsewhere: worth a look.
      ...(recorded.callCreated ? { callCreated: true, level: 'warn' as const } : {}),
    };
    return reply.type('text/xml').send(twiml.empty());
  });
};

export default voiceRecording;
