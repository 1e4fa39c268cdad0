import { STATUS_CODES } from 'node:http';
import fp from 'fastify-plugin';

/**
 * One place decides what a failure looks like to the client: a 4xx says what
 * was wrong, a 5xx says nothing about our internals and is logged in full.
 */
export default fp(
  async (fastify) => {
    fastify.setErrorHandler((error: Error & { statusCode?: number; validation?: unknown }, request, reply) => {
      const statusCode = error.validation ? 400 : (error.statusCode ?? 500);
      if (statusCode >= 500) {
        request.outcome = { event: 'http.error', error: error.name };
        request.log.error({ err: error, event: 'http.error' }, 'request failed');
      } else if (!request.outcome) {
        request.outcome = { event: 'http.rejected', reason: error.message };
      }
      return reply.code(statusCode).send({
        statusCode,
        error: STATUS_CODES[statusCode] ?? 'Error',
        message: statusCode >= 500 ? 'Internal Server Error' : error.message,
      });
    });
    fastify.setNotFoundHandler((request, reply) =>
      reply.code(404).send({
        statusCode: 404,
        error: 'Not Found',
        message: `Route ${request.method} ${request.url.split('?')[0]} not found`,
      }),
    );
  },
  { name: 'error-handler' },
);
