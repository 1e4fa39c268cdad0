import type { FastifyPluginAsync } from 'fastify';
import type { AppConfig } from '../../../src/config/load-config.js';
import { parseFormBody } from '../../form-body-parser.js';
import { verifySignatureHook } from '../../verify-signature-hook.js';
import smsResponse from './sms-response.js';
import voiceRoutes from './voice.js';

export interface WebhookRoutesOptions {
  config: AppConfig;
  bodyLimit: number;
}

/**
 * Everything Twilio calls. Encapsulated: only form bodies are accepted here
 * (anything else is a 415) and every route is behind the signature check.
 */
const webhookRoutes: FastifyPluginAsync<WebhookRoutesOptions> = async (fastify, options) => {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'buffer', bodyLimit: options.bodyLimit },
    (_request, body, done) => {
      try {
        done(null, parseFormBody(body as Buffer));
      } catch (error) {
        done(error as Error, undefined);
      }
    },
  );
  fastify.addHook('preHandler', verifySignatureHook(options.config));
  await fastify.register(smsResponse);
  await fastify.register(voiceRoutes, { prefix: '/voice', config: options.config });
};

export default webhookRoutes;
