import { randomUUID } from 'node:crypto';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { AppConfig } from '../src/config/load-config.js';
import type { DatabaseHandle } from '../src/db/database.js';
import adminRepository from './plugins/app/admin-repository.js';
import agents from './plugins/app/agents.js';
import database from './plugins/app/database.js';
import errorHandler from './plugins/app/error-handler.js';
import metrics from './plugins/app/metrics.js';
import refinement from './plugins/app/refinement.js';
import requestOutcome from './plugins/app/request-outcome.js';
import spool from './plugins/app/spool.js';
import underPressure from './plugins/external/under-pressure.js';
import adminRoutes from './routes/admin/index.js';
import apiRoutes from './routes/api/index.js';
import healthRoutes from './routes/health/index.js';
import rootRoutes from './routes/root.js';
import internalRoutes from './routes/internal/index.js';
import webhookRoutes from './routes/webhook/index.js';

export interface AppDependencies {
  config: AppConfig;
  /** Opened (and migrated) by the caller; the app closes it when it closes. */
  database: DatabaseHandle;
  logger: Logger;
  clock?: () => Date;
  /** How often load is sampled for backpressure (tests shorten it). */
  pressureSampleIntervalMs?: number;
}

/** Twilio posts a few KiB at most; 32 KiB leaves room for AddOns and nothing for abuse. */
export const BODY_LIMIT_BYTES = 32 * 1024;

/** Builds the whole application without listening, so tests inject requests into the same app. */
export async function buildApp(dependencies: AppDependencies): Promise<FastifyInstance> {
  const { config } = dependencies;
  const app = Fastify({
    loggerInstance: dependencies.logger as FastifyBaseLogger,
    // Fastify's own two lines per request are replaced by one outcome line (request-outcome plugin).
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'reqId' }),
    genReqId: () => randomUUID(),
    trustProxy: config.trustProxy,
    bodyLimit: BODY_LIMIT_BYTES,
    http: { maxHeaderSize: 16 * 1024 },
    // Twilio waits 15 s in all; anything slower than that is already lost to it.
    requestTimeout: 15_000,
    connectionTimeout: 20_000,
    // A request that reached us before the stop is served, not refused: Twilio would count a 503 as a failed delivery.
    return503OnClosing: false,
    forceCloseConnections: 'idle',
  });

  // External and cross-cutting plugins first, then the application's, then routes.
  await app.register(errorHandler);
  await app.register(requestOutcome);
  await app.register(underPressure, { config, sampleIntervalMs: dependencies.pressureSampleIntervalMs });
  await app.register(database, { database: dependencies.database });
  await app.register(metrics);
  await app.register(agents, { config, clock: dependencies.clock });
  await app.register(refinement, { config });
  await app.register(spool, { config });
  const admin = config.admin;
  if (admin) await app.register(adminRepository, { config, clock: dependencies.clock });

  await app.register(rootRoutes);
  await app.register(healthRoutes, { prefix: '/health' });
  await app.register(webhookRoutes, { prefix: '/webhook', config, bodyLimit: BODY_LIMIT_BYTES });
  await app.register(internalRoutes, { prefix: '/internal', config });
  // The operator view exists only when configured: each surface with its own credential, else a 404.
  if (admin?.passwordHash && admin.sessionSecret) {
    const { user, passwordHash, sessionSecret } = admin;
    await app.register(adminRoutes, { prefix: '/admin', user, passwordHash, sessionSecret, clock: dependencies.clock });
  }
  if (admin?.apiToken) await app.register(apiRoutes, { prefix: '/api', apiToken: admin.apiToken });
  return app;
}
