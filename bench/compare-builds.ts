import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/open-database.js';
import {
  countInbound,
  createBenchDatabase,
  DEFAULT_ADMIN_URL,
  dropBenchDatabase,
  settledCount,
} from './bench-database.js';
import { createContext, prepareDatabase, serviceEnvOf, signingSpec, SMS_PATH, startOurs } from './bench-targets.js';
import { median } from './bench-report.js';
import { LoadGenerator } from './load-generator.js';
import type { ClosedLoopResult } from './load-protocol.js';
import { newSidPrefix } from './measure-run.js';
import { processCpuMs } from './proc-stats.js';

/**
 * `npm run bench:compare -- --a DIR --b DIR`: two builds of the service (each
 * a checkout with its `dist/`), side by side on one machine, loaded at the same
 * moment by two load generators at the same concurrency. On a shared VM whose
 * speed drifts by ±30% from one minute to the next, runs one after the other
 * cannot tell 5% apart; here both sides live through the same minute, so the
 * ratio of their throughputs is what the code changed (two copies of one build
 * measure 1.00 ± 0.03). Both saturate the machine together: B/A is the ratio of
 * the CPU a message costs each, which is what sets throughput when it is scarce.
 *
 * `--alternate` loads one side at a time instead, A then B, the order swapped
 * every round, as `npm run bench` loads ours and the ceiling: the regime of
 * issue 5's targets, where ours alone leaves part of the two cores idle and its
 * throughput is set by latency (the statement's round trip) as much as by CPU.
 * Rounds minutes apart drift with the VM; the per-round ratio and the median of
 * each side's p99 are what to read.
 * Options: --rounds 5 (the first is a warm-up)  --concurrency 16  --duration 10
 * --a-env KEY=VALUE  --b-env KEY=VALUE (repeatable)  --alternate.
 */
const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string', default: '.' },
    rounds: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '16' },
    duration: { type: 'string', default: '10' },
    'a-env': { type: 'string', multiple: true, default: [] },
    'b-env': { type: 'string', multiple: true, default: [] },
    alternate: { type: 'boolean', default: false },
  },
});
if (!values.a)
  throw new Error('usage: npm run bench:compare -- --a CHECKOUT [--b CHECKOUT] (each built: npm run build)');
const concurrency = Number(values.concurrency);
const durationSeconds = Number(values.duration);
const rounds = Number(values.rounds);
const adminUrl = process.env.BENCH_DATABASE_URL ?? DEFAULT_ADMIN_URL;
const say = (line: string) => process.stdout.write(`${line}\n`);

interface Side {
  name: 'A' | 'B';
  url: string;
  pid: number;
  load: LoadGenerator;
  countStored: (prefix: string) => Promise<number>;
  rates: number[];
  p99s: number[];
}

interface Measured {
  result: ClosedLoopResult;
  cpuMs: number;
}

/** Loads the sides: all at once, or one after the other in `order` (indices into sides). */
async function loadSides(sides: Side[], order: number[] | null): Promise<Measured[]> {
  const cpuMs = (side: Side) => processCpuMs(side.pid) ?? 0;
  const run = (side: Side) => side.load.closedLoop(side.url, concurrency, durationSeconds);
  if (order === null) {
    const before = sides.map(cpuMs);
    const results = await Promise.all(sides.map(run));
    return results.map((result, index) => ({ result, cpuMs: cpuMs(sides[index]!) - before[index]! }));
  }
  const measured: Measured[] = [];
  for (const index of order) {
    const side = sides[index]!;
    const before = cpuMs(side);
    const result = await run(side);
    measured[index] = { result, cpuMs: cpuMs(side) - before };
  }
  return measured;
}

async function main(): Promise<void> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'bw-compare-'));
  const context = createContext(workDir);
  const spec = signingSpec(context);
  const cleanups: (() => Promise<unknown>)[] = [];
  const sides: Side[] = [];
  try {
    for (const [name, root, env] of [
      ['A', values.a, values['a-env']],
      ['B', values.b, values['b-env']],
    ] as const) {
      const url = await createBenchDatabase(adminUrl);
      cleanups.push(() => dropBenchDatabase(adminUrl, url));
      await prepareDatabase({ kind: 'postgres', url, poolSize: 2 });
      const server = await startOurs(context, {
        databaseUrl: url,
        dataDir: path.join(workDir, name),
        buildRoot: path.resolve(root!),
        name,
        extraEnv: serviceEnvOf(env),
      });
      cleanups.push(() => server.stop());
      const counter = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
      cleanups.push(() => counter.close());
      const load = LoadGenerator.start();
      cleanups.push(() => load.stop());
      sides.push({
        name,
        url: `http://127.0.0.1:${server.port}${SMS_PATH}`,
        pid: server.pid,
        load,
        countStored: (prefix) => settledCount(() => countInbound(counter, prefix)),
        rates: [],
        p99s: [],
      });
    }
    const mode = values.alternate ? 'one at a time, the order swapped every round' : 'at the same time';
    say(`A: ${path.resolve(values.a!)}  B: ${path.resolve(values.b)}  ${concurrency} connections each, ${mode}`);
    for (let round = 0; round < rounds; round += 1) {
      const prefixes = sides.map(() => newSidPrefix());
      // Enough new messages for a fast run; the first round warms both services (JIT) and is not counted.
      await Promise.all(
        sides.map((side, index) =>
          side.load.prepare(spec, 4000 * durationSeconds, round * 10 + index, prefixes[index]!),
        ),
      );
      const measured = await loadSides(sides, values.alternate ? (round % 2 === 0 ? [0, 1] : [1, 0]) : null);
      const results = measured.map(({ result }) => result);
      const stored = await Promise.all(sides.map((side, index) => side.countStored(prefixes[index]!)));
      // Rates, not counts: one at a time, the two runs need not last exactly as long.
      const rates = results.map((result) => result.ok / (result.durationMs / 1000));
      const parts = results.map((result, index) => {
        const side = sides[index]!;
        const rate = rates[index]!;
        if (round > 0) {
          side.rates.push(rate);
          side.p99s.push(result.latencyMs.p99);
        }
        const cpuUs = (measured[index]!.cpuMs * 1000) / Math.max(result.ok, 1);
        const errors = result.non2xx + result.socketErrors + result.timeouts;
        // Every 2xx must be a stored row (unless the run outlasted its prepared requests and resent some).
        const lost = result.wrapped ? 'n/a (requests resent)' : String(Math.max(result.ok - stored[index]!, 0));
        return `${side.name} ${rate.toFixed(0)} req/s p99 ${result.latencyMs.p99} ms ${cpuUs.toFixed(0)} µs/req errors ${errors} lost ${lost}`;
      });
      const ratio = rates[1]! / rates[0]!;
      say(`${round === 0 ? 'warm-up' : `round ${round}`}: ${parts.join(' | ')}  B/A ${ratio.toFixed(3)}`);
    }
    const mean = (rates: number[]) => rates.reduce((sum, rate) => sum + rate, 0) / Math.max(rates.length, 1);
    const [a, b] = sides as [Side, Side];
    const perRound = a.rates.map((rate, index) => (b.rates[index] ?? 0) / rate).sort((x, y) => x - y);
    say(
      `B/A ${(mean(b.rates) / mean(a.rates)).toFixed(3)} over ${a.rates.length} rounds ` +
        `(per round ${perRound[0]?.toFixed(3)}–${perRound.at(-1)?.toFixed(3)}; A ${mean(a.rates).toFixed(0)}, B ${mean(b.rates).toFixed(0)} req/s)`,
    );
    // None with --rounds 1: the only round is the warm-up.
    if (a.p99s.length > 0) say(`median p99: A ${median(a.p99s).toFixed(1)} ms, B ${median(b.p99s).toFixed(1)} ms`);
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
