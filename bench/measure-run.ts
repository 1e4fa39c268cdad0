import { randomBytes } from 'node:crypto';
import type { LoadGenerator } from './load-generator.js';
import type { LatencySummary } from './load-protocol.js';
import { postgresCpuMs, processCpuMs, RssSampler } from './proc-stats.js';
import type { SigningSpec } from './signed-requests.js';

export type TargetName = 'ours' | 'ceiling' | 'embedded';

export interface RunResult {
  target: TargetName;
  concurrency: number;
  durationS: number;
  requestsPerSecond: number;
  latencyMs: LatencySummary;
  sent: number;
  responses: number;
  ok2xx: number;
  non2xx: number;
  socketErrors: number;
  timeouts: number;
  rowsStored: number;
  /** 2xx answers with no stored row: must be 0. */
  lost: number;
  peakRssMb: number;
  cpu: {
    /** CPU seconds used during the run, and as a share of one core. */
    serviceS: number;
    postgresS: number | null;
    loadGeneratorS: number;
    servicePctOfCore: number;
    postgresPctOfCore: number | null;
    loadGeneratorPctOfCore: number;
    /** CPU per answered request, µs: what one message costs each side. */
    serviceUsPerRequest: number;
    postgresUsPerRequest: number | null;
  };
  /** Requests sent twice because the run outlasted the prepared ones (rows then fall short). */
  wrapped: boolean;
}

export interface MeasureOptions {
  target: TargetName;
  url: string;
  pid: number;
  usesPostgres: boolean;
  concurrency: number;
  durationSeconds: number;
  warmupSeconds: number;
  spec: SigningSpec;
  load: LoadGenerator;
  /** Rows stored whose MessageSid starts with the prefix; for the embedded database, once the service has stopped. */
  countStored: (sidPrefix: string) => Promise<number>;
  /** Runs between the load and the count (the embedded service stops here). */
  afterLoad?: () => Promise<void>;
  seed: number;
}

/** This run's MessageSids start with it, so its rows are counted apart from the warm-up's and other runs'. */
export const newSidPrefix = () => `SM${randomBytes(5).toString('hex')}`;

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * One run: a short warm-up at the same concurrency (it also tells how many
 * requests to sign), the measured run, then the rows actually stored.
 */
export async function measureRun(options: MeasureOptions): Promise<RunResult> {
  const { load, concurrency } = options;
  await load.prepare(options.spec, 4000 + concurrency * 100, options.seed, newSidPrefix());
  const warmup = await load.closedLoop(options.url, concurrency, options.warmupSeconds);
  const warmRate = warmup.responses / (warmup.durationMs / 1000);
  // Enough for the run at twice the warm-up's pace: every request a new message.
  const sidPrefix = newSidPrefix();
  await load.prepare(
    options.spec,
    Math.ceil(warmRate * options.durationSeconds * 2) + 1000,
    options.seed + 1,
    sidPrefix,
  );

  const serviceBefore = processCpuMs(options.pid) ?? 0;
  const postgresBefore = options.usesPostgres ? postgresCpuMs() : 0;
  const sampler = new RssSampler(options.pid).start();
  const result = await load.closedLoop(options.url, concurrency, options.durationSeconds);
  const peakRssKb = sampler.stop();
  const serviceMs = (processCpuMs(options.pid) ?? serviceBefore) - serviceBefore;
  const postgresMs = options.usesPostgres ? postgresCpuMs() - postgresBefore : null;
  await options.afterLoad?.();
  const rowsStored = await options.countStored(sidPrefix);

  const seconds = result.durationMs / 1000;
  const perRequest = (ms: number) => round((ms * 1000) / Math.max(1, result.responses), 0);
  return {
    target: options.target,
    concurrency,
    durationS: round(seconds, 2),
    requestsPerSecond: round(result.responses / seconds, 0),
    latencyMs: result.latencyMs,
    sent: result.sent,
    responses: result.responses,
    ok2xx: result.ok,
    non2xx: result.non2xx,
    socketErrors: result.socketErrors,
    timeouts: result.timeouts,
    rowsStored,
    lost: Math.max(0, result.ok - rowsStored),
    peakRssMb: round(peakRssKb / 1024),
    cpu: {
      serviceS: round(serviceMs / 1000, 2),
      postgresS: postgresMs === null ? null : round(postgresMs / 1000, 2),
      loadGeneratorS: round(result.cpuMs / 1000, 2),
      servicePctOfCore: round((serviceMs / result.durationMs) * 100, 0),
      postgresPctOfCore: postgresMs === null ? null : round((postgresMs / result.durationMs) * 100, 0),
      loadGeneratorPctOfCore: round((result.cpuMs / result.durationMs) * 100, 0),
      serviceUsPerRequest: perRequest(serviceMs),
      postgresUsPerRequest: postgresMs === null ? null : perRequest(postgresMs),
    },
    wrapped: result.wrapped,
  };
}
