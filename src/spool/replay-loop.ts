import type { Logger } from 'pino';
import type { MessageSpool, SpooledMessage } from './message-spool.js';

export interface ReplayLoopOptions {
  spool: MessageSpool;
  /** Resolves when the database answers; rejects when it does not. */
  ping: () => Promise<void>;
  store: (message: SpooledMessage) => Promise<void>;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  minDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * Drains the spool into the database as soon as it answers again: checks
 * often while messages wait, backs off exponentially while the database
 * stays away, idles when the spool is empty.
 */
export class ReplayLoop {
  readonly #options: Required<ReplayLoopOptions>;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #delay: number;
  #stopped = false;
  #lastWarnedDelay = 0;

  constructor(options: ReplayLoopOptions) {
    this.#options = {
      ...options,
      minDelayMs: options.minDelayMs ?? 500,
      maxDelayMs: options.maxDelayMs ?? 30_000,
    };
    this.#delay = this.#options.minDelayMs;
  }

  start(): void {
    this.#schedule(0);
  }

  /** Asks for a pass soon, e.g. right after a message was spooled. */
  nudge(): void {
    // A pass is already planned or running: a burst of spooled messages must not become a burst of pings.
    if (this.#stopped || this.#running || this.#timer) return;
    this.#schedule(this.#delay);
  }

  /** Runs one pass now; resolves when it is done. */
  async runOnce(): Promise<void> {
    if (this.#running) return this.#running;
    this.#running = this.#pass().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#running;
  }

  #schedule(delayMs: number): void {
    if (this.#stopped) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.runOnce().then(() => this.#afterPass());
    }, delayMs);
    this.#timer.unref();
  }

  #afterPass(): void {
    if (this.#stopped) return;
    if (this.#options.spool.knownDepth === 0) return;
    this.#schedule(this.#delay);
    this.#delay = Math.min(this.#delay * 2, this.#options.maxDelayMs);
  }

  async #pass(): Promise<void> {
    const { spool, ping, store, logger } = this.#options;
    const depth = await spool.depth();
    if (depth === 0) return;
    try {
      await ping();
    } catch {
      // Once per back-off step, not once per attempt: the journal should show the outage, not drown in it.
      if (this.#delay !== this.#lastWarnedDelay) {
        this.#lastWarnedDelay = this.#delay;
        logger.warn({ event: 'spool.waiting', depth, retryInMs: this.#delay }, 'database still unreachable');
      }
      return;
    }
    this.#lastWarnedDelay = 0;
    try {
      const { replayed, remaining } = await spool.replay(store);
      this.#delay = this.#options.minDelayMs;
      logger.info({ event: 'spool.replayed', replayed, remaining }, 'spooled messages stored');
    } catch (error) {
      logger.warn({ event: 'spool.replay_failed', err: error, depth: spool.knownDepth }, 'spool replay interrupted');
    }
  }
}
