import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { AppConfig } from '../src/config/load-config.js';
import type { FormParams } from '../src/twilio/inbound-sms.js';
import { signedUrlOf, verifyTwilioSignature } from '../src/twilio/signature.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Prefix of the events a Twilio route logs: "sms", "voice". */
    eventPrefix?: string;
  }
}

/**
 * preHandler for every Twilio route: runs after the body is parsed (the
 * parameters are part of what Twilio signed) and before anything is stored.
 * There is deliberately no setting that turns it off.
 */
export function verifySignatureHook(config: AppConfig): preHandlerAsyncHookHandler {
  return async function verifySignature(request: FastifyRequest, reply: FastifyReply) {
    const prefix = request.routeOptions.config.eventPrefix ?? 'webhook';
    const params = (request.body ?? {}) as FormParams;
    const url = signedUrlOf({
      publicBaseUrl: config.publicBaseUrl,
      protocol: request.protocol,
      host: request.host,
      url: request.url,
    });
    const verdict = verifyTwilioSignature(
      { url, signature: request.headers['x-twilio-signature'], params },
      config.twilio.authTokens,
    );
    if (!verdict.valid) {
      request.outcome = { event: `${prefix}.rejected_signature`, reason: verdict.reason, signedUrl: url };
      return reply.code(403).send({ statusCode: 403, error: 'Forbidden', message: 'Invalid Twilio signature' });
    }
    const accountSid = params.AccountSid;
    if (config.twilio.accountSid && accountSid !== config.twilio.accountSid) {
      // A valid signature from another account means our token leaked or is shared: refuse it.
      request.outcome = { event: `${prefix}.rejected_account`, reason: 'account_sid_mismatch' };
      return reply
        .code(403)
        .send({ statusCode: 403, error: 'Forbidden', message: 'Request is not for this Twilio account' });
    }
  };
}
