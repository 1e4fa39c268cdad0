import { randomBytes } from 'node:crypto';
import type { LoadGenerator } from './load-generator.js';
import type { GeneratorName, LatencySummary, LoopDelay } from './load-protocol.js';
import { machineBusyMs, postgresCpuMs, processCpuMs, RssSampler, waitForQuiet } from './proc-stats.js';
import type { SigningSpec } from './signed-requests.js';

export type TargetName = 'ours' | 'ceiling' | 'embedded';

export interface RunResult {
  target: TargetName;
  concurrency: number;
  /** Which round at this concurrency (0 first): a round measures each target once, back to back. */
  round: number;
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
    /** CPU used by everything else on the machine meanwhile (the kernel's network work, other processes). */
    otherPctOfCore: number;
  };
  /** The load generator's own event-loop delay during the run. */
  /** null: wrk, which has no event loop of its own to be late. */
  generatorLoopDelayMs: LoopDelay | null;
  /** Other processes' load just before the run, in cores: high means the figures are not to be trusted. */
  backgroundCoresBefore: number;
  /** Requests sent twice because the run outlasted the prepared ones (rows then fall short; harmless for the ceiling). */
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
  /** The load generator (default autocannon). */
  generator?: GeneratorName;
  /** Which round at this concurrency this run belongs to (default 0). */
  round?: number;
  /** The pace this target reached before (at a lower concurrency): a floor for the warm-up's estimate. */
  expectedRate?: number;
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
  const closedLoopTo = { url: options.url, generator: options.generator ?? 'autocannon' };
  await load.prepare(options.spec, 3000 + concurrency * 200, options.seed, newSidPrefix(), closedLoopTo);
  const warmup = await load.closedLoop(options.url, concurrency, options.warmupSeconds, options.generator);
  const warmRate = Math.max(warmup.responses / (warmup.durationMs / 1000), options.expectedRate ?? 0);
  // Enough requests for the run at 4 times the pace seen so far, so that every one is a new message: a cold
  // service warms up slowly (JIT), and a short warm-up on a slow host saw a third of the measured pace.
  // The ceiling stores every request it gets, duplicate or not: a smaller set, reused, costs it nothing.
  const wanted = Math.ceil(warmRate * options.durationSeconds * 4) + 5000;
  const sidPrefix = newSidPrefix();
  const backgroundCoresBefore = await waitForQuiet();
  await load.prepare(
    options.spec,
    options.target === 'ceiling' ? Math.min(wanted, 40_000) : wanted,
    options.seed + 1,
    sidPrefix,
    closedLoopTo,
  );

  const machineBefore = machineBusyMs();
  const ownBefore = process.cpuUsage();
  const serviceBefore = processCpuMs(options.pid) ?? 0;
  const postgresBefore = options.usesPostgres ? postgresCpuMs() : 0;
  const sampler = new RssSampler(options.pid).start();
  const result = await load.closedLoop(options.url, concurrency, options.durationSeconds, options.generator);
  const peakRssKb = sampler.stop();
  const serviceMs = (processCpuMs(options.pid) ?? serviceBefore) - serviceBefore;
  const postgresMs = options.usesPostgres ? postgresCpuMs() - postgresBefore : null;
  const own = process.cpuUsage(ownBefore);
  const otherMs =
    machineBusyMs() - machineBefore - serviceMs - (postgresMs ?? 0) - result.cpuMs - (own.user + own.system) / 1000;
  await options.afterLoad?.();
  const rowsStored = await options.countStored(sidPrefix);

  const seconds = result.durationMs / 1000;
  const perRequest = (ms: number) => round((ms * 1000) / Math.max(1, result.responses), 0);
  return {
    target: options.target,
    concurrency,
    round: options.round ?? 0,
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
      otherPctOfCore: round((Math.max(0, otherMs) / result.durationMs) * 100, 0),
    },
    generatorLoopDelayMs: result.loopDelayMs && {
      p99: round(result.loopDelayMs.p99),
      max: round(result.loopDelayMs.max),
    },
    backgroundCoresBefore: round(backgroundCoresBefore, 2),
    wrapped: result.wrapped,
  };
}
