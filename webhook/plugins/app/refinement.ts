import type { FastifyBaseLogger } from 'fastify';
import fp from 'fastify-plugin';
import { createLlmClient } from '../../../agents/llm/llm-client.js';
import { needsRefinement } from '../../../agents/llm/refine-interpretation.js';
import { createMessageRefiner } from '../../../agents/llm/refine-message.js';
import type { AppConfig } from '../../../src/config/load-config.js';
import type { Interpretation } from '../../../src/domain/interpretation.js';
import { createInProcessQueue } from '../../../src/jobs/in-process-queue.js';
import type { JobQueue } from '../../../src/jobs/job-queue.js';

export const REFINE_QUEUE = 'interpretation.refine';

export interface RefinementScheduler {
  readonly queue: JobQueue<RefineJob>['kind'];
  /** Queues the LLM's second look at a stored message, if the mode wants one. Never throws. */
  schedule(messageSid: string, interpretation: Interpretation, log: FastifyBaseLogger): void;
}

interface RefineJob {
  messageSid: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Present only when INTERPRETER_MODE is hybrid or llm. */
    refinement?: RefinementScheduler;
  }
}

export interface RefinementPluginOptions {
  config: AppConfig;
}

/** LLM refinement as a background job: pg-boss on PostgreSQL, an in-process queue on the embedded database. */
export default fp<RefinementPluginOptions>(
  async (fastify, { config }) => {
    const { mode, minConfidence, llm: llmConfig } = config.interpreter;
    if (mode === 'rules' || !llmConfig) return;
    const logger = fastify.log.child({ component: 'refinement' });
    const refineMessage = createMessageRefiner({
      mode,
      minConfidence,
      llm: createLlmClient(llmConfig),
      leads: fastify.leadStore,
      logger,
    });
    const handler = async ({ messageSid }: RefineJob) => {
      await refineMessage(messageSid);
    };
    // pg-boss is loaded only here: in rules mode, the default, the service never pays its memory.
    const queue: JobQueue<RefineJob> =
      config.database.kind === 'postgres'
        ? (await import('../../../src/jobs/pg-boss-queue.js')).createPgBossQueue({
            connectionString: config.database.url,
            name: REFINE_QUEUE,
            handler,
            logger,
          })
        : createInProcessQueue({
            name: REFINE_QUEUE,
            handler,
            logger,
            // Most of a stop's budget goes to finishing what Twilio was already told we received.
            drainTimeoutMs: Math.floor(config.shutdownTimeoutMs / 2),
          });

    fastify.decorate('refinement', {
      queue: queue.kind,
      schedule(messageSid, interpretation, log) {
        if (!needsRefinement(mode, minConfidence, interpretation)) return;
        queue.enqueue({ messageSid }).catch((error: unknown) => {
          log.warn({ event: 'interpretation.enqueue_failed', messageSid, err: error }, 'refinement not queued');
        });
      },
    } satisfies RefinementScheduler);
    fastify.addHook('onReady', async () => {
      await queue.start();
      logger.info({ event: 'refinement.started', mode, queue: queue.kind }, 'LLM refinement ready');
    });
    // Registered after the database plugin, so this runs before the pool (or PGlite) closes.
    fastify.addHook('onClose', async () => {
      await queue.stop();
    });
  },
  { name: 'refinement', dependencies: ['agents', 'database'] },
);
