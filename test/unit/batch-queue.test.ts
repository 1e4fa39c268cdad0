import { describe, expect, it } from 'vitest';
import { BatchQueue } from '../../agents/batch-queue.js';

/** A run function whose calls stay pending until the test releases them. */
function controlledRun<I>(answer: (items: I[]) => unknown[] | Promise<unknown[]> = (items) => items) {
  const calls: { items: I[]; release: () => void; fail: (error: Error) => void }[] = [];
  const run = (items: I[]) =>
    new Promise<unknown[]>((resolve, reject) => {
      calls.push({
        items,
        release: () => void Promise.resolve(answer(items)).then(resolve, reject),
        fail: reject,
      });
    });
  return { run, calls };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('BatchQueue', () => {
  it('when the queue is idle, then an item goes out at once, alone', async () => {
    const { run, calls } = controlledRun<number>();
    const queue = new BatchQueue<number, unknown>(run, { maxBatch: 10, maxInFlight: 1 });

    const result = queue.submit(1);

    expect(calls.map((call) => call.items)).toEqual([[1]]);
    calls[0]?.release();
    await expect(result).resolves.toBe(1);
  });

  it('when items arrive while every slot is busy, then they go out together, each caller getting its own result', async () => {
    const { run, calls } = controlledRun<number>((items) => items.map((item) => item * 10));
    const queue = new BatchQueue<number, unknown>(run, { maxBatch: 10, maxInFlight: 1 });

    const results = [1, 2, 3, 4].map((item) => queue.submit(item));
    expect(calls.map((call) => call.items)).toEqual([[1]]);
    expect(queue.waiting).toBe(3);
    calls[0]?.release();
    await settle();
    expect(calls.map((call) => call.items)).toEqual([[1], [2, 3, 4]]);
    calls[1]?.release();

    await expect(Promise.all(results)).resolves.toEqual([10, 20, 30, 40]);
    expect(queue.stats).toEqual({ batches: 2, items: 4, largestBatch: 3, splitBatches: 0 });
  });

  it('when a batch is answered, then the next one is sent before its callers resume', async () => {
    const { run, calls } = controlledRun<number>();
    const queue = new BatchQueue<number, unknown>(run, { maxBatch: 10, maxInFlight: 1 });

    const sentWhenFirstResumed = queue.submit(1).then(() => calls.length);
    void queue.submit(2);
    void queue.submit(3);
    calls[0]?.release();

    await expect(sentWhenFirstResumed).resolves.toBe(2);
    expect(calls[1]?.items).toEqual([2, 3]);
  });

  it('when the run hands the next batch to its connection on process.nextTick, as pg-pool does, then it still goes first', async () => {
    const handed: number[][] = [];
    const { run, calls } = controlledRun<number>();
    const queue = new BatchQueue<number, unknown>(
      (items) => {
        process.nextTick(() => handed.push(items));
        return run(items);
      },
      { maxBatch: 10, maxInFlight: 1 },
    );

    const handedWhenFirstResumed = queue.submit(1).then(() => handed.map((items) => [...items]));
    void queue.submit(2);
    await settle();
    calls[0]?.release();

    await expect(handedWhenFirstResumed).resolves.toEqual([[1], [2]]);
  });

  it('when more items wait than maxBatch, then they leave in batches of at most maxBatch', async () => {
    const { run, calls } = controlledRun<number>();
    const queue = new BatchQueue<number, unknown>(run, { maxBatch: 2, maxInFlight: 1 });

    const results = [1, 2, 3, 4, 5].map((item) => queue.submit(item));
    for (let index = 0; index < 3; index += 1) {
      calls[index]?.release();
      await settle();
    }

    expect(calls.map((call) => call.items)).toEqual([[1], [2, 3], [4, 5]]);
    calls[2]?.release();
    await expect(Promise.all(results)).resolves.toEqual([1, 2, 3, 4, 5]);
  });

  it('when two slots are allowed, then two batches run at once', () => {
    const { run, calls } = controlledRun<number>();
    const queue = new BatchQueue<number, unknown>(run, { maxBatch: 10, maxInFlight: 2 });

    for (const item of [1, 2, 3]) void queue.submit(item);

    expect(calls.map((call) => call.items)).toEqual([[1], [2]]);
    expect(queue.waiting).toBe(1);
  });

  it('when two waiting items share a key, then the later one waits for the next batch, order kept otherwise', async () => {
    const { run, calls } = controlledRun<string>();
    const queue = new BatchQueue<string, unknown>(run, {
      maxBatch: 10,
      maxInFlight: 1,
      keyOf: (item) => item[0] ?? '',
    });

    const results = ['a0', 'a1', 'b1', 'a2', 'c1'].map((item) => queue.submit(item));
    calls[0]?.release();
    await settle();
    expect(calls[1]?.items).toEqual(['a1', 'b1', 'c1']);
    calls[1]?.release();
    await settle();
    expect(calls[2]?.items).toEqual(['a2']);
    calls[2]?.release();

    await expect(Promise.all(results)).resolves.toEqual(['a0', 'a1', 'b1', 'a2', 'c1']);
  });

  it('when a batch fails, then each item is tried alone and only the bad one fails its caller', async () => {
    const run = (items: number[]) =>
      items.length > 1 || items[0] === 13
        ? Promise.reject(new Error(`refused ${items.join(',')}`))
        : Promise.resolve(items.map((item) => item + 100));
    const gate = controlledRun<number>();
    let first = true;
    const queue = new BatchQueue<number, number>(
      (items) => (first ? ((first = false), gate.run(items) as Promise<number[]>) : run(items)),
      { maxBatch: 10, maxInFlight: 1 },
    );

    const results = [1, 12, 13, 14].map((item) => queue.submit(item).catch((error: Error) => error.message));
    gate.calls[0]?.release();

    await expect(Promise.all(results)).resolves.toEqual([1, 112, 'refused 13', 114]);
    expect(queue.stats.splitBatches).toBe(1);
  });

  it('when run answers the wrong number of results, then the batch is retried item by item rather than mismatched', async () => {
    const queue = new BatchQueue<number, number>(
      async (items) => (items.length > 1 ? [0] : items.map((item) => item * 2)),
      { maxBatch: 10, maxInFlight: 1 },
    );
    const blocker = queue.submit(1);

    const results = await Promise.all([blocker, queue.submit(2), queue.submit(3)]);

    expect(results).toEqual([2, 4, 6]);
    expect(queue.stats.splitBatches).toBe(1);
  });

  it('when maxBatch or maxInFlight is below one, then construction fails', () => {
    expect(() => new BatchQueue(async (items) => items, { maxBatch: 0, maxInFlight: 1 })).toThrow(RangeError);
    expect(() => new BatchQueue(async (items) => items, { maxBatch: 1, maxInFlight: 0 })).toThrow(RangeError);
  });
});
