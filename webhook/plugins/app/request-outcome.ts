import type { FastifyBaseLogger } from 'fastify';
import fp from 'fastify-plugin';
import pino from 'pino';

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

const enabled = (log: FastifyBaseLogger, level: string) =>
  (pino.levels.values[level] ?? 0) >= (pino.levels.values[log.level] ?? Infinity);

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
      const outcome = request.outcome;
      const level =
        outcome?.level ??
        (statusCode >= 500 ? 'error' : statusCode >= 400 ? 'warn' : QUIET_PATHS.has(path) ? 'debug' : 'info');
      // At LOG_LEVEL=warn, as production runs, most lines are never written: do not build them either.
      if (!enabled(request.log, level)) return;
      const {
        event,
        level: _level,
        ...fields
      } = outcome ?? {
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
      request.log[level](line, event);
    });
  },
  { name: 'request-outcome' },
);
