import type { FastifyPluginAsync } from 'fastify';
import type { AppConfig } from '../../../src/config/load-config.js';
import { verifySignatureHook } from '../../verify-signature-hook.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Read-back for the `simulate-sms` command, which cannot open an embedded
 * database the server holds. Twice closed: only from this machine (the
 * socket's address, not a forwarded one) and only with a request signed by
 * the Twilio auth token, exactly as a webhook is.
 */
const internalRoutes: FastifyPluginAsync<{ config: AppConfig }> = async (fastify, options) => {
  fastify.addHook('onRequest', async (request, reply) => {
    if (!LOOPBACK.has(request.socket.remoteAddress ?? '')) {
      return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'Not Found' });
    }
  });
  fastify.addHook('preHandler', verifySignatureHook(options.config));

  fastify.get<{ Params: { sid: string } }>(
    '/messages/:sid',
    { config: { eventPrefix: 'internal' } },
    async (request, reply) => {
      const found = await fastify.leadStore.findInterpretationBySid(request.params.sid);
      if (!found) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'No such message' });
      request.outcome = { event: 'internal.message_read', messageSid: request.params.sid };
      return found;
    },
  );
};

export default internalRoutes;
