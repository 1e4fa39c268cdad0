import type { JobHandler, JobQueue, QueueLogger } from './job-queue.js';

export interface InProcessQueueOptions<T> {
  name: string;
  handler: JobHandler<T>;
  logger: QueueLogger;
  /** Jobs running at once. */
  concurrency?: number;
  /** Jobs waiting beyond this are dropped (and logged) rather than growing memory without bound. */
  maxPending?: number;
  /** Runs in all, the first included. */
  attempts?: number;
  retryDelayMs?: number;
  /** How long stop() waits for the backlog before giving up on it. */
  drainTimeoutMs?: number;
}

interface Entry<T> {
  data: T;
  attempt: number;
}

/** A bounded in-memory queue with retries and backoff, drained on stop. */
export function createInProcessQueue<T>(options: InProcessQueueOptions<T>): JobQueue<T> {
  const concurrency = options.concurrency ?? 4;
  const maxPending = options.maxPending ?? 1000;
  const attempts = options.attempts ?? 3;
  const retryDelayMs = options.retryDelayMs ?? 1000;
  const drainTimeoutMs = options.drainTimeoutMs ?? 10_000;
  const pending: Entry<T>[] = [];
  /** Retries waiting for their backoff, with the entry each one will put back. */
  const timers = new Map<NodeJS.Timeout, Entry<T>>();
  let active = 0;
  let started = false;
  let stopping = false;
  let idle: (() => void) | null = null;

  const settled = () => active === 0 && pending.length === 0 && timers.size === 0;

  function pump(): void {
    while (started && active < concurrency && pending.length > 0) {
      const entry = pending.shift() as Entry<T>;
      active += 1;
      void run(entry);
    }
    if (settled()) idle?.();
  }

  async function run(entry: Entry<T>): Promise<void> {
    try {
      await options.handler(entry.data);
    } catch (error) {
      if (entry.attempt < attempts) {
        const next = { data: entry.data, attempt: entry.attempt + 1 };
        const timer = setTimeout(
          () => {
            timers.delete(timer);
            pending.push(next);
            pump();
          },
          stopping ? 0 : retryDelayMs * 2 ** (entry.attempt - 1),
        );
        timers.set(timer, next);
      } else {
        options.logger.error(
          { event: 'job.failed', queue: options.name, attempts, err: error },
          'background job failed on every attempt',
        );
      }
    } finally {
      active -= 1;
      pump();
    }
  }

  return {
    kind: 'in-process',
    async start() {
      started = true;
      pump();
    },
    async enqueue(data) {
      if (stopping) throw new Error(`queue ${options.name} is stopping`);
      if (pending.length >= maxPending) throw new Error(`queue ${options.name} is full (${maxPending} waiting)`);
      pending.push({ data, attempt: 1 });
      pump();
    },
    async stop() {
      stopping = true;
      started = true;
      // Retries waiting for their backoff run now: the process is going away.
      for (const [timer, entry] of timers) {
        clearTimeout(timer);
        pending.push(entry);
      }
      timers.clear();
      if (settled()) return;
      const drained = new Promise<void>((resolve) => (idle = resolve));
      pump();
      let deadline: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>(
        (resolve) => (deadline = setTimeout(() => resolve('timeout'), drainTimeoutMs)),
      );
      const outcome = await Promise.race([drained, timedOut]);
      clearTimeout(deadline);
      if (outcome === 'timeout') {
        options.logger.warn(
          { event: 'job.drain_timeout', queue: options.name, active, pending: pending.length },
          'stopped before every background job finished',
        );
        pending.length = 0;
        for (const timer of timers.keys()) clearTimeout(timer);
        timers.clear();
      }
    },
  };
}
