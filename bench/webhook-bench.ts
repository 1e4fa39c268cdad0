import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/open-database.js';
import {
  countCeilingRows,
  countInbound,
  createBenchDatabase,
  DEFAULT_ADMIN_URL,
  dropBenchDatabase,
  serverFacts,
  settledCount,
} from './bench-database.js';
import { checkTargets, formatTable, levelRatiosOf, ratiosOf, writeResults } from './bench-report.js';
import {
  countEmbeddedInbound,
  createContext,
  prepareDatabase,
  serviceEnvOf,
  signingSpec,
  SMS_PATH,
  startCeiling,
  startOurs,
} from './bench-targets.js';
import { LoadGenerator } from './load-generator.js';
import type { GeneratorName } from './load-protocol.js';
import { measureRun, newSidPrefix, type MeasureOptions, type RunResult, type TargetName } from './measure-run.js';

/**
 * `npm run bench`: the whole SMS pipeline (signature, parsing, listener,
 * interpreter, one transaction) against the ceiling for one durable write,
 * side by side at each concurrency, then the same on the embedded database.
 * Options: --concurrency 1,8,32,128  --duration 10  --warmup 2  --rounds 3  --prewarm 20
 * --generator autocannon|wrk (wrk: `apt-get install wrk`)
 * --targets ours,ceiling,embedded  --embedded (the embedded database only)
 * --profile DIR (V8 CPU profile of the service)  --service-env KEY=VALUE.
 */
const { values } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '1,8,32,128' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '3' },
    prewarm: { type: 'string', default: '20' },
    generator: { type: 'string', default: 'autocannon' },
    targets: { type: 'string', default: 'ours,ceiling,embedded' },
    embedded: { type: 'boolean', default: false },
    profile: { type: 'string' },
    'service-env': { type: 'string', multiple: true, default: [] },
  },
});
const concurrency = values.concurrency.split(',').map(Number);
const durationSeconds = Number(values.duration);
const warmupSeconds = Number(values.warmup);
const rounds = Number(values.rounds);
const prewarmSeconds = Number(values.prewarm);
const generator = generatorNamed(values.generator);
if (!Number.isInteger(rounds) || rounds < 1)
  throw new Error(`--rounds must be a whole number ≥ 1, not ${values.rounds}`);
const targets = new Set((values.embedded ? 'embedded' : values.targets).split(',') as TargetName[]);
const extraEnv = serviceEnvOf(values['service-env']);
const adminUrl = process.env.BENCH_DATABASE_URL ?? DEFAULT_ADMIN_URL;

/** Unique requests for the prewarm; beyond them it replays some, which the warm-up does not mind. */
const PREWARM_REQUESTS = 60_000;
/** Apart from the levels' seeds (level × 10 + round × 1000), so the prewarm draws its own leads and texts. */
const PREWARM_SEED = 999_999;

const say = (line: string) => process.stdout.write(`${line}\n`);
const describe = (run: RunResult) =>
  `${run.target.padEnd(8)} c=${String(run.concurrency).padEnd(3)} r${run.round + 1} ${String(run.requestsPerSecond).padStart(5)} req/s  ` +
  `p50 ${run.latencyMs.p50} p99 ${run.latencyMs.p99} ms  2xx ${run.ok2xx} stored ${run.rowsStored}  ` +
  `errors ${run.non2xx + run.socketErrors + run.timeouts}  RSS ${run.peakRssMb} MB  ` +
  `CPU svc ${run.cpu.servicePctOfCore}% pg ${run.cpu.postgresPctOfCore ?? '-'}% gen ${run.cpu.loadGeneratorPctOfCore}% ` +
  `other ${run.cpu.otherPctOfCore}%${run.backgroundCoresBefore >= 0.2 ? ` (machine busy before: ${run.backgroundCoresBefore} cores)` : ''}`;

const cleanups: (() => Promise<unknown>)[] = [];
// Ctrl-C: stop what was started and drop the databases, as a normal end does.
process.once('SIGINT', () => {
  void (async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    process.exit(130);
  })();
});

async function main(): Promise<void> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'bw-bench-'));
  const context = createContext(workDir);
  const spec = signingSpec(context);
  const runs: RunResult[] = [];
  const startedAt = new Date();
  let failed = false;
  const facts = await serverFacts(adminUrl);
  say(`PostgreSQL ${facts.server_version} (synchronous_commit=${facts.synchronous_commit}, fsync=${facts.fsync})`);
  const load = LoadGenerator.start();
  cleanups.push(() => load.stop());
  const common = { durationSeconds, warmupSeconds, spec, load, generator } satisfies Partial<MeasureOptions>;
  try {
    const live: Omit<MeasureOptions, 'concurrency' | 'seed' | keyof typeof common>[] = [];
    if (targets.has('ours')) {
      const url = await createBenchDatabase(adminUrl);
      cleanups.push(() => dropBenchDatabase(adminUrl, url));
      await prepareDatabase({ kind: 'postgres', url, poolSize: 2 });
      const server = await startOurs(context, {
        databaseUrl: url,
        dataDir: path.join(workDir, 'ours'),
        cpuProfileDir: values.profile,
        extraEnv,
      });
      cleanups.push(() => server.stop());
      const counter = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
      cleanups.push(() => counter.close());
      live.push({
        target: 'ours',
        url: `http://127.0.0.1:${server.port}${SMS_PATH}`,
        pid: server.pid,
        usesPostgres: true,
        countStored: (prefix) => settledCount(() => countInbound(counter, prefix)),
      });
    }
    if (targets.has('ceiling')) {
      const url = await createBenchDatabase(adminUrl);
      cleanups.push(() => dropBenchDatabase(adminUrl, url));
      const server = await startCeiling(context, url);
      cleanups.push(() => server.stop());
      live.push({
        target: 'ceiling',
        url: `http://127.0.0.1:${server.port}${SMS_PATH}`,
        pid: server.pid,
        usesPostgres: true,
        countStored: (prefix) => settledCount(() => countCeilingRows(url, prefix)),
      });
    }
    // A service in production has been running: what is hot is compiled and its heap has its size. Ours cost
    // 360-450 µs of CPU a message in a run that followed its start, 290-360 in one that followed a run of its own
    // (2026-12-07), so a level measured first would measure the start-up too. Each target is first loaded,
    // unmeasured, at 32 connections.
    if (prewarmSeconds > 0) {
      for (const target of live) {
        await load.prepare(spec, PREWARM_REQUESTS, PREWARM_SEED, newSidPrefix(), { url: target.url, generator });
        const warm = await load.closedLoop(target.url, 32, prewarmSeconds, generator);
        say(`${target.target.padEnd(8)} prewarmed: ${warm.responses} requests in ${prewarmSeconds} s (not measured)`);
      }
    }

    // At each level, rounds of ours and the ceiling back to back, the order swapped from one round to the next:
    // a noisy minute hits both alike, and the median of the rounds' ratios is the figure (bench-report.ts).
    const rateOf = (target: TargetName) => runs.findLast((run) => run.target === target)?.requestsPerSecond;
    for (const [index, level] of concurrency.entries()) {
      for (let round = 0; round < rounds; round += 1) {
        for (const target of round % 2 === 0 ? live : [...live].reverse()) {
          const expectedRate = rateOf(target.target);
          const seed = index * 10 + round * 1000;
          const run = await measureRun({ ...common, ...target, concurrency: level, seed, round, expectedRate });
          runs.push(run);
          say(describe(run));
        }
      }
    }

    if (targets.has('embedded')) {
      const dataDir = path.join(workDir, 'embedded');
      await prepareDatabase({ kind: 'embedded', dataDir });
      for (const [index, level] of concurrency.entries()) {
        // PGlite is one process's: the service stops before its rows can be counted.
        const server = await startOurs(context, { databaseUrl: null, dataDir, extraEnv });
        cleanups.push(() => server.stop());
        const run = await measureRun({
          ...common,
          target: 'embedded',
          url: `http://127.0.0.1:${server.port}${SMS_PATH}`,
          pid: server.pid,
          usesPostgres: false,
          concurrency: level,
          seed: index * 10,
          expectedRate: rateOf('embedded'),
          afterLoad: async () => void (await server.stop()),
          countStored: (prefix) => countEmbeddedInbound(dataDir, prefix),
        });
        runs.push(run);
        say(describe(run));
      }
    }
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    if (failed) say(`logs kept in ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }

  const report = {
    benchmark: 'POST /webhook/sms-response, whole pipeline, against node:http + one INSERT',
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      kernel: os.release(),
      node: process.version,
      postgres: facts,
    },
    settings: {
      concurrency,
      rounds,
      prewarmSeconds,
      durationSeconds,
      warmupSeconds,
      loadGenerator:
        generator === 'wrk'
          ? 'wrk 4.1 (one thread, bench/wrk-replay.lua), pre-signed unique requests'
          : 'autocannon 9.0.0 (own process), pre-signed unique requests',
      service: 'node dist/webhook/run-webhook.js, NODE_ENV=production, LOG_LEVEL=warn, default settings',
      serviceEnv: extraEnv,
    },
    runs,
    ratios: ratiosOf(runs),
    levels: levelRatiosOf(runs),
    targets: checkTargets(runs),
  };
  const files = writeResults(report, runs, concurrency);
  say(`\n${formatTable(runs)}\n`);
  const check = report.targets;
  if (check) {
    say(
      `at concurrency 32, median of ${check.rounds} round${check.rounds === 1 ? '' : 's'}: ` +
        `ratio ${check.ratio.value} (≥ 0.6 ${check.ratio.met ? 'met' : 'MISSED'}; rounds ${check.ratio.rounds.join(', ')}), ` +
        `p99 ${check.p99Ms.value} ms (≤ 30 ${check.p99Ms.met ? 'met' : 'MISSED'}; rounds ${check.p99Ms.rounds.join(', ')}), ` +
        `errors ${check.errors.value} (${check.errors.met ? 'met' : 'MISSED'}), ` +
        `peak RSS ${check.peakRssMb.value} MB (≤ 150 ${check.peakRssMb.met ? 'met' : 'MISSED'}), ` +
        `every 2xx stored: ${check.everyAnswerStored ? 'yes' : 'NO'}`,
    );
  }
  const lost = runs.filter((run) => run.lost > 0);
  for (const run of lost) {
    const why = run.wrapped ? ' (the run outlasted its prepared requests: some were duplicates)' : '';
    say(`WARNING ${run.target} c=${run.concurrency} round ${run.round + 1}: ${run.lost} answered but not stored${why}`);
  }
  say(`written: ${files.map((file) => path.relative(process.cwd(), file)).join(', ')}`);
  if (lost.length > 0) process.exitCode = 1;
}

function generatorNamed(name: string): GeneratorName {
  if (name !== 'autocannon' && name !== 'wrk') throw new Error(`--generator must be autocannon or wrk, not ${name}`);
  if (name === 'wrk' && spawnSync('wrk', ['--version']).error) {
    throw new Error('--generator wrk needs wrk on the PATH: apt-get install wrk');
  }
  return name;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
