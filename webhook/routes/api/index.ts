import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { safeEqual } from '../../admin/session.js';
import { securityHeaders } from '../../admin/security-headers.js';
import correctionRoutes from './corrections.js';
import leadRoutes, { IMPORT_BODY_LIMIT } from './leads.js';

export interface ApiRoutesOptions {
  apiToken: string;
}

function requireBearer(apiToken: string) {
  return async function (request: FastifyRequest, reply: FastifyReply) {
    const header = request.headers.authorization ?? '';
    const match = /^Bearer ([^\s]+)$/i.exec(header);
    // Compared in constant time, whatever the length of what was sent.
    if (match?.[1] && safeEqual(match[1], apiToken)) return;
    request.outcome = { event: 'api.unauthorised', level: 'warn', hadToken: header !== '' };
    return reply
      .code(401)
      .header('www-authenticate', 'Bearer realm="berinia-webhook"')
      .send({ statusCode: 401, error: 'Unauthorized', message: 'A valid bearer token (ADMIN_API_TOKEN) is required' });
  };
}

/** /api: the operator view's data as JSON, behind the bearer token. Encapsulated like the admin pages. */
const apiRoutes: FastifyPluginAsync<ApiRoutesOptions> = async (fastify, options) => {
  fastify.addContentTypeParser(
    ['text/csv', 'application/csv'],
    { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT },
    (_request, body, done) => done(null, body),
  );
  fastify.addHook('onSend', securityHeaders);
  fastify.addHook('onRequest', requireBearer(options.apiToken));
  await fastify.register(leadRoutes);
  await fastify.register(correctionRoutes);
};

export default apiRoutes;
