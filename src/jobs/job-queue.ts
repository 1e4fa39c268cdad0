/** What a job does with its data; a rejection asks the queue to try again later. */
export type JobHandler<T> = (data: T) => Promise<void>;

/**
 * Background work that must not run inside a request: pg-boss on PostgreSQL
 * (survives restarts, shared by instances), an in-process queue on the
 * embedded database (one process owns it anyway).
 */
export interface JobQueue<T> {
  readonly kind: 'pg-boss' | 'in-process';
  /** Starts the workers; jobs enqueued before are kept until then. */
  start(): Promise<void>;
  enqueue(data: T): Promise<void>;
  /** Stops taking jobs and lets the running (in-process: also the waiting) ones finish. */
  stop(): Promise<void>;
}

export interface QueueLogger {
  debug(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}
