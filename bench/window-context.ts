import pg from 'pg';
import { machineBusyMs, postgresCpuMs, processCpuMs } from './proc-stats.js';

interface Mark {
  busyMs: number;
  /** CPU of the service, PostgreSQL, the load generator and the benchmark itself. */
  oursMs: number;
  /** Checkpoints requested so far (CREATE/DROP DATABASE, pg_start_backup…), not the timed ones. */
  forced: number;
}

/**
 * Samples, at each window's edge, the CPU of everything on the machine that
 * is not the service, PostgreSQL or the load generator, and the checkpoints
 * PostgreSQL was asked for, so a slow window can be told from a noisy one.
 */
export class WindowContext {
  readonly #marks: Mark[] = [];
  readonly #client: pg.Client;
  readonly #connected: Promise<void>;

  constructor(
    url: string,
    private readonly pids: number[],
    private readonly windowSeconds: number,
  ) {
    this.#client = new pg.Client({ connectionString: url });
    this.#connected = this.#client.connect().then(() => undefined);
  }

  async mark(): Promise<void> {
    const busyMs = machineBusyMs();
    const oursMs = postgresCpuMs() + this.pids.reduce((sum, pid) => sum + (processCpuMs(pid) ?? 0), 0);
    await this.#connected;
    const stats = await this.#client.query<{ forced: string }>(
      'select checkpoints_req as forced from pg_stat_bgwriter',
    );
    this.#marks.push({ busyMs, oursMs: oursMs + this.#ownMs(), forced: Number(stats.rows[0]?.forced ?? 0) });
  }

  async finish(): Promise<{ otherCores: number; forcedCheckpoints: number }[]> {
    await this.mark();
    await this.#client.end();
    return this.#marks.slice(1).map((mark, index) => {
      const previous = this.#marks[index] as Mark;
      const seconds = this.windowSeconds;
      const otherMs = mark.busyMs - previous.busyMs - (mark.oursMs - previous.oursMs);
      return {
        otherCores: Math.round((Math.max(0, otherMs) / 1000 / seconds) * 100) / 100,
        forcedCheckpoints: mark.forced - previous.forced,
      };
    });
  }

  #ownMs(): number {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  }
}
