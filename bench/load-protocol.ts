import type { SigningSpec } from './signed-requests.js';

/** What the benchmark asks of the load-generator process (bench/load-worker.ts), over IPC. */
export type LoadCommand =
  /** wrkUrl: also write the requests out for wrk, addressed to it, so that the run does not pay for it. */
  | { type: 'prepare'; spec: SigningSpec; count: number; seed: number; sidPrefix: string; wrkUrl?: string }
  | { type: 'closed-loop'; url: string; connections: number; durationSeconds: number; generator: GeneratorName }
  | { type: 'paced'; url: string; rate: number; durationSeconds: number; windowSeconds: number; maxSockets: number }
  | { type: 'exit' };

/** autocannon in the worker's own event loop, or wrk (C) as a process of its own. */
export type GeneratorName = 'autocannon' | 'wrk';

export interface LatencySummary {
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export interface ClosedLoopResult {
  durationMs: number;
  /** Pre-signed requests handed out (each one is a new MessageSid). */
  sent: number;
  responses: number;
  ok: number;
  non2xx: number;
  socketErrors: number;
  timeouts: number;
  latencyMs: LatencySummary;
  /** CPU the load generator itself used during the run (user + system, all threads). */
  cpuMs: number;
  /** True if the run outlasted the prepared requests and some were sent twice. */
  wrapped: boolean;
  /** The generator's own event-loop delay: if high, part of the latency is the generator's (null: wrk, no such loop). */
  loopDelayMs: LoopDelay | null;
}

export interface LoopDelay {
  p99: number;
  max: number;
}

export interface PacedWindow {
  fromSecond: number;
  responses: number;
  errors: number;
  latencyMs: LatencySummary;
}

export interface PacedResult {
  durationMs: number;
  sent: number;
  responses: number;
  ok: number;
  non2xx: number;
  socketErrors: number;
  latencyMs: LatencySummary;
  windows: PacedWindow[];
  cpuMs: number;
  loopDelayMs: LoopDelay;
}

export type LoadReply =
  | { type: 'prepared'; count: number; ms: number }
  | { type: 'closed-loop'; result: ClosedLoopResult }
  | { type: 'paced'; result: PacedResult }
  | { type: 'failed'; message: string };
