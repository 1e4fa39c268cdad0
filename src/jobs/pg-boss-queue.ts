import PgBoss from 'pg-boss';
import type { JobHandler, JobQueue, QueueLogger } from './job-queue.js';

export interface PgBossQueueOptions<T extends object> {
  connectionString: string;
  name: string;
  handler: JobHandler<T>;
  logger: QueueLogger;
  /** Workers polling the queue, each taking one job at a time. */
  concurrency?: number;
  pollingIntervalSeconds?: number;
  /** Retries after the first run, with exponential backoff from retryDelaySeconds. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** How long stop() lets running jobs finish. */
  stopTimeoutMs?: number;
}

/** SQLSTATE 57P01: the server terminated the connection (shutdown, pg_terminate_backend, DROP DATABASE … FORCE). */
const ADMIN_SHUTDOWN = '57P01';

/**
 * A durable queue in PostgreSQL (pg-boss's own schema): jobs survive a
 * restart and are shared by every instance on the database.
 */
export function createPgBossQueue<T extends object>(options: PgBossQueueOptions<T>): JobQueue<T> {
  const boss = new PgBoss({
    connectionString: options.connectionString,
    max: 3,
    application_name: 'berinia-webhook-jobs',
    // Only ids travel in jobs; a week of history is enough to investigate a failure.
    deleteAfterDays: 7,
  });
  let started = false;
  let stopping = false;
  // pg-boss reports connection and maintenance problems as events; unheard, an EventEmitter error kills the process.
  boss.on('error', (error: Error & { code?: string }) => {
    // pg-pool's end() resolves before its sockets have closed: a server that terminates them in that
    // moment (a restart, a dropped database) reports it on connections we were closing anyway.
    const level = stopping && error.code === ADMIN_SHUTDOWN ? 'debug' : 'error';
    options.logger[level]({ event: 'job.queue_error', queue: options.name, err: error }, 'job queue error');
  });

  return {
    kind: 'pg-boss',
    async start() {
      started = true;
      await boss.start();
      await boss.createQueue(options.name, {
        name: options.name,
        retryLimit: options.retryLimit ?? 3,
        retryDelay: options.retryDelaySeconds ?? 5,
        retryBackoff: true,
        expireInSeconds: 300,
      });
      for (let worker = 0; worker < (options.concurrency ?? 2); worker += 1) {
        await boss.work<T>(
          options.name,
          { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 },
          async (jobs) => {
            for (const job of jobs) await options.handler(job.data);
          },
        );
      }
    },
    async enqueue(data) {
      await boss.send(options.name, data);
    },
    async stop() {
      if (!started) return;
      stopping = true;
      await boss.stop({ graceful: true, wait: true, timeout: options.stopTimeoutMs ?? 10_000 });
    },
  };
}
