import underPressure from '@fastify/under-pressure';
import fp from 'fastify-plugin';
import type { AppConfig } from '../../../src/config/load-config.js';

export const RETRY_AFTER_SECONDS = 10;

/**
 * When the event loop lags or memory runs high, a quick 503 with Retry-After
 * lets Twilio retry (or use the fallback URL) instead of waiting out its 15 s
 * on a request we would answer too late.
 */
export default fp<{ config: AppConfig; sampleIntervalMs?: number }>(
  async (fastify, options) => {
    const { maxEventLoopDelayMs, maxRssBytes } = options.config.pressure;
    await fastify.register(underPressure, {
      maxEventLoopDelay: maxEventLoopDelayMs,
      maxRssBytes,
      retryAfter: RETRY_AFTER_SECONDS,
      sampleInterval: options.sampleIntervalMs ?? 1000,
      pressureHandler: (request, reply, type, value) => {
        request.outcome = { event: 'http.under_pressure', pressure: type, value: value ?? null };
        void reply
          .code(503)
          .header('retry-after', String(RETRY_AFTER_SECONDS))
          .send({ statusCode: 503, error: 'Service Unavailable', message: 'Service under pressure, retry later' });
      },
    });
  },
  { name: 'under-pressure', dependencies: ['request-outcome'] },
);
