interface Job {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

/**
 * Runs the synchronous work handed to it during one turn of the event loop
 * back to back, once that turn's I/O callbacks are done (in the check phase,
 * with setImmediate), and resolves each caller with its own result.
 *
 * Why: under load one turn reads several requests, and each used to run the
 * interpreter between the HTTP parsing and routing of the next. Its code and
 * tables (hundreds of compiled expressions) were cold again every time. Run
 * one after another they stay in the CPU's caches: the same work costs less.
 * A quiet service pays one setImmediate, a fraction of a millisecond.
 *
 * Jobs run in the order they came; one that throws rejects only its caller.
 */
export class TurnBatch {
  /** The jobs waiting for the next drain, which is scheduled exactly when there are some. */
  #jobs: Job[] = [];

  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const waiting = this.#jobs.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (waiting === 1) setImmediate(this.#drain);
    });
  }

  readonly #drain = (): void => {
    const jobs = this.#jobs;
    this.#jobs = [];
    for (const job of jobs) {
      try {
        job.resolve(job.work());
      } catch (error) {
        job.reject(error);
      }
    }
  };
}
