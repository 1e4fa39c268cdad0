import { describe, expect, it, vi } from 'vitest';
import { createInProcessQueue } from '../../src/jobs/in-process-queue.js';
import { waitFor } from '../helpers/wait-for.js';

const silentLogger = () => ({ debug: vi.fn(), warn: vi.fn(), error: vi.fn() });

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('in-process job queue', () => {
  it('when more jobs arrive than the concurrency, then no more than that many run at once and all complete', async () => {
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    const release = gate();
    const queue = createInProcessQueue<number>({
      name: 'test',
      logger: silentLogger(),
      concurrency: 2,
      handler: async (job) => {
        running += 1;
        peak = Math.max(peak, running);
        await release.opened;
        running -= 1;
        done.push(job);
      },
    });
    await queue.start();
    for (const job of [1, 2, 3, 4, 5]) await queue.enqueue(job);
    await waitFor(() => running === 2, { what: 'two running jobs' });
    release.open();
    await waitFor(() => done.length === 5, { what: 'every job' });
    expect(peak).toBe(2);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('when a job fails twice then succeeds, then it is retried with backoff', async () => {
    let calls = 0;
    const queue = createInProcessQueue<string>({
      name: 'test',
      logger: silentLogger(),
      retryDelayMs: 1,
      handler: async () => {
        calls += 1;
        if (calls < 3) throw new Error('database down');
      },
    });
    await queue.start();
    await queue.enqueue('a');
    await waitFor(() => calls === 3, { what: 'three attempts' });
    await queue.stop();
    expect(calls).toBe(3);
  });

  it('when a job fails on every attempt, then it is logged once as failed', async () => {
    const logger = silentLogger();
    const queue = createInProcessQueue<string>({
      name: 'test',
      logger,
      attempts: 2,
      retryDelayMs: 1,
      handler: async () => {
        throw new Error('always');
      },
    });
    await queue.start();
    await queue.enqueue('a');
    await waitFor(() => logger.error.mock.calls.length > 0, { what: 'the failure log' });
    await queue.stop();
    expect(logger.error).toHaveBeenCalledOnce();
    expect(logger.error.mock.calls[0]?.[0]).toMatchObject({ event: 'job.failed', queue: 'test', attempts: 2 });
  });

  it('when stopped with jobs waiting, then they are drained before stop resolves and new jobs are refused', async () => {
    const done: number[] = [];
    const queue = createInProcessQueue<number>({
      name: 'test',
      logger: silentLogger(),
      concurrency: 1,
      handler: async (job) => {
        await new Promise((resolve) => setImmediate(resolve));
        done.push(job);
      },
    });
    for (const job of [1, 2, 3]) await queue.enqueue(job);
    await queue.stop();
    expect(done).toEqual([1, 2, 3]);
    await expect(queue.enqueue(4)).rejects.toThrow(/stopping/);
  });

  it('when the backlog is full, then enqueue is refused', async () => {
    const queue = createInProcessQueue<number>({
      name: 'test',
      logger: silentLogger(),
      maxPending: 1,
      handler: async () => {},
    });
    await queue.enqueue(1);
    await expect(queue.enqueue(2)).rejects.toThrow(/full/);
    await queue.stop();
  });
});
