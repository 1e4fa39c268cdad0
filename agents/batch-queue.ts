export interface BatchQueueOptions<I> {
  /** Most items sent in one batch. */
  maxBatch: number;
  /** Batches running at once; further items wait and go out together. */
  maxInFlight: number;
  /** Items with the same key never share a batch (the later one waits for the next). */
  keyOf?: (item: I) => string;
}

/** Counters since start: how much coalescing happened. */
export interface BatchQueueStats {
  /** Statements sent, batches of one included. */
  batches: number;
  items: number;
  largestBatch: number;
  /** Batches that failed and were retried item by item. */
  splitBatches: number;
}

interface Entry<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (reason: unknown) => void;
}

/**
 * Coalesces concurrent calls into batches, as a database does with group
 * commit: an item that finds a free slot goes out at once, alone, so a quiet
 * service pays no extra latency; items that arrive while every slot is busy
 * wait and go out together in one round trip. `run` answers one result per
 * item, in order. When a batch fails, each of its items is tried alone, so one
 * bad item (or a conflict only the single path can sort out) fails only its
 * own caller.
 */
export class BatchQueue<I, O> {
  readonly #run: (items: I[]) => Promise<O[]>;
  readonly #options: BatchQueueOptions<I>;
  #waiting: Entry<I, O>[] = [];
  #inFlight = 0;
  readonly #stats: BatchQueueStats = { batches: 0, items: 0, largestBatch: 0, splitBatches: 0 };

  constructor(run: (items: I[]) => Promise<O[]>, options: BatchQueueOptions<I>) {
    if (options.maxBatch < 1 || options.maxInFlight < 1) throw new RangeError('maxBatch and maxInFlight must be ≥ 1');
    this.#run = run;
    this.#options = options;
  }

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.#waiting.push({ item, resolve, reject });
      this.#pump();
    });
  }

  /** Items waiting for a slot (not those in flight). */
  get waiting(): number {
    return this.#waiting.length;
  }

  get stats(): Readonly<BatchQueueStats> {
    return { ...this.#stats };
  }

  #pump(): void {
    while (this.#inFlight < this.#options.maxInFlight && this.#waiting.length > 0) {
      const batch = this.#takeBatch();
      this.#inFlight += 1;
      void this.#send(batch, () => {
        this.#inFlight -= 1;
        this.#pump();
      });
    }
  }

  #takeBatch(): Entry<I, O>[] {
    const { maxBatch, keyOf } = this.#options;
    if (!keyOf) return this.#waiting.splice(0, maxBatch);
    const batch: Entry<I, O>[] = [];
    const deferred: Entry<I, O>[] = [];
    const keys = new Set<string>();
    let index = 0;
    for (; index < this.#waiting.length && batch.length < maxBatch; index += 1) {
      const entry = this.#waiting[index] as Entry<I, O>;
      const key = keyOf(entry.item);
      if (keys.has(key)) {
        deferred.push(entry);
      } else {
        keys.add(key);
        batch.push(entry);
      }
    }
    this.#waiting = deferred.concat(this.#waiting.slice(index));
    return batch;
  }

  /**
   * Runs one batch and answers its callers. The slot is released (`release`) before they are answered: the
   * next batch goes to the database at once, and it works on that one while we write the answers of this
   * one, rather than idling until they are all written.
   */
  async #send(batch: Entry<I, O>[], release: () => void): Promise<void> {
    this.#stats.batches += 1;
    this.#stats.items += batch.length;
    this.#stats.largestBatch = Math.max(this.#stats.largestBatch, batch.length);
    let results: O[];
    try {
      results = await this.#run(batch.map((entry) => entry.item));
      if (results.length !== batch.length) {
        throw new Error(`batch of ${batch.length} answered ${results.length} results`);
      }
    } catch (error) {
      if (batch.length === 1) {
        release();
        batch[0]?.reject(error);
        return;
      }
      this.#stats.splitBatches += 1;
      // The retries hold the failed batch's slot, so they do not crowd the statements of other callers.
      await Promise.all(batch.map((entry) => this.#send([entry], noRelease)));
      release();
      return;
    }
    release();
    // On the next tick: a pool hands out an idle connection on process.nextTick (pg-pool does), so the
    // statement just released goes out first and the database works on it while our callers answer.
    process.nextTick(() => batch.forEach((entry, index) => entry.resolve(results[index] as O)));
  }
}

const noRelease = () => undefined;
