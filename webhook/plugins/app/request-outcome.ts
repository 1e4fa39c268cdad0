import fp from 'fastify-plugin';

export interface RequestOutcome {
  event: string;
  /** Overrides the level chosen from the status, e.g. a 200 that an operator must notice. */
  level?: 'info' | 'warn' | 'error';
  [field: string]: unknown;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** What the request came to, logged once when the response is sent. */
    outcome: RequestOutcome | null;
  }
}

const QUIET_PATHS = new Set(['/health', '/health/ready', '/metrics']);

/**
 * One log line per request, at the end, carrying the request id, the status,
 * the duration and the domain event the route recorded (sms.received, …).
 */
export default fp(
  async (fastify) => {
    fastify.decorateRequest('outcome', null);
    fastify.addHook('onResponse', async (request, reply) => {
      const path = request.url.split('?')[0] ?? request.url;
      const statusCode = reply.statusCode;
      const { event, level, ...fields } = request.outcome ?? {
        event: statusCode === 404 ? 'http.not_found' : 'http.request',
      };
      const line = {
        event,
        method: request.method,
        path,
        statusCode,
        durationMs: Math.round(reply.elapsedTime * 10) / 10,
        ...fields,
      };
      if (level) request.log[level](line, event);
      else if (statusCode >= 500) request.log.error(line, event);
      else if (statusCode >= 400) request.log.warn(line, event);
      else if (QUIET_PATHS.has(path)) request.log.debug(line, event);
      else request.log.info(line, event);
    });
  },
  { name: 'request-outcome' },
);
