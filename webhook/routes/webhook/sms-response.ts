import type { FastifyPluginAsync } from 'fastify';
import { describeInfrastructureError, isInfrastructureError } from '../../../src/db/infrastructure-error.js';
import { maskPhone } from '../../../src/phone.js';
import { describeInvalidSms, parseInboundSms, type FormParams } from '../../../src/twilio/inbound-sms.js';
import { messagingTwiml } from '../../twiml.js';

const smsResponse: FastifyPluginAsync = async (fastify) => {
  fastify.post('/sms-response', { config: { eventPrefix: 'sms' } }, async (request, reply) => {
    const parsed = parseInboundSms((request.body ?? {}) as FormParams);
    if (!parsed.success) {
      const message = describeInvalidSms(parsed.error);
      request.outcome = { event: 'sms.invalid', reason: message };
      return reply.code(400).send({ statusCode: 400, error: 'Bad Request', message });
    }
    const idempotencyToken = request.headers['i-twilio-idempotency-token'];
    const normalised = fastify.listener.processSms(parsed.data, {
      idempotencyToken: typeof idempotencyToken === 'string' ? idempotencyToken : null,
    });
    request.log.debug({ event: 'sms.body', messageSid: normalised.message_sid, body: normalised.content }, 'sms body');
    let processed;
    try {
      processed = await fastify.interpreter.process(normalised);
    } catch (error) {
      if (!isInfrastructureError(error)) throw error;
      // The database is away: make the message durable on disk, then acknowledge it; never the other way round.
      const from = maskPhone(normalised.sender);
      try {
        await fastify.spool.append({
          normalised,
          spooledAt: new Date().toISOString(),
          reason: describeInfrastructureError(error),
        });
      } catch (spoolError) {
        request.outcome = { event: 'spool.failed', messageSid: normalised.message_sid, from };
        request.log.error(
          { event: 'spool.failed', err: spoolError, dbError: describeInfrastructureError(error) },
          'message not durable',
        );
        // A 503 makes Twilio retry or use the fallback URL: the message is not lost, it is not ours yet.
        return reply
          .code(503)
          .header('retry-after', '30')
          .send({ statusCode: 503, error: 'Service Unavailable', message: 'Storage unavailable, retry later' });
      }
      fastify.spoolReplay.nudge();
      request.outcome = {
        event: 'spool.appended',
        level: 'warn',
        messageSid: normalised.message_sid,
        from,
        depth: fastify.spool.knownDepth,
        reason: describeInfrastructureError(error),
      };
      // Keyword answers that the words alone decide need no database (the opt-out is recorded at replay).
      return reply.type('text/xml').send(messagingTwiml(fastify.replyWithoutDatabase(normalised)));
    }
    const { recorded, interpretation } = processed;
    const stored = processed.normalised;
    request.outcome = {
      event: recorded.duplicate ? 'sms.duplicate' : 'sms.received',
      messageSid: normalised.message_sid,
      from: maskPhone(normalised.sender),
      leadId: recorded.leadId,
      leadCreated: recorded.leadCreated,
      leadStatus: recorded.leadStatus,
      intent: recorded.duplicate ? recorded.intent : interpretation.intent,
      confidence: interpretation.confidence,
      campaignId: stored.campaign_id,
      command: processed.command,
    };
    await reply.type('text/xml').send(messagingTwiml(recorded.replyText));
    // The LLM's second look starts once Twilio has its answer: it never delays or fails the request.
    if (!recorded.duplicate) fastify.refinement?.schedule(normalised.message_sid, interpretation, request.log);
    return reply;
  });
};

export default smsResponse;
