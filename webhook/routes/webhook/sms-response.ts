import type { FastifyPluginAsync } from 'fastify';
import { maskPhone } from '../../../src/phone.js';
import { describeInvalidSms, inboundSmsSchema } from '../../../src/twilio/inbound-sms.js';
import { messagingTwiml } from '../../twiml.js';

const smsResponse: FastifyPluginAsync = async (fastify) => {
  fastify.post('/sms-response', { config: { eventPrefix: 'sms' } }, async (request, reply) => {
    const parsed = inboundSmsSchema.safeParse(request.body ?? {});
    if (!parsed.success) {
      const message = describeInvalidSms(parsed.error);
      request.outcome = { event: 'sms.invalid', reason: message };
      return reply.code(400).send({ statusCode: 400, error: 'Bad Request', message });
    }
    const idempotencyToken = request.headers['i-twilio-idempotency-token'];
    const normalised = await fastify.listener.processSms(parsed.data, {
      idempotencyToken: typeof idempotencyToken === 'string' ? idempotencyToken : null,
    });
    request.log.debug({ event: 'sms.body', messageSid: normalised.message_sid, body: normalised.content }, 'sms body');
    const processed = await fastify.interpreter.process(normalised);
    const { recorded, interpretation } = processed;
    request.outcome = {
      event: recorded.duplicate ? 'sms.duplicate' : 'sms.received',
      messageSid: normalised.message_sid,
      from: maskPhone(normalised.sender),
      leadId: recorded.leadId,
      leadCreated: recorded.leadCreated,
      leadStatus: recorded.leadStatus,
      intent: recorded.duplicate ? recorded.intent : interpretation.intent,
      confidence: interpretation.confidence,
      campaignId: normalised.campaign_id,
      command: processed.command,
    };
    return reply.type('text/xml').send(messagingTwiml(recorded.replyText));
  });
};

export default smsResponse;
