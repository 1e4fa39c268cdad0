import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/open-database.js';
import {
  countInbound,
  createBenchDatabase,
  DEFAULT_ADMIN_URL,
  dropBenchDatabase,
  serverFacts,
  settledCount,
} from './bench-database.js';
import { RESULTS_DIR } from './bench-report.js';
import { createContext, prepareDatabase, serviceEnvOf, signingSpec, SMS_PATH, startOurs } from './bench-targets.js';
import { LoadGenerator } from './load-generator.js';
import { newSidPrefix } from './measure-run.js';
import { memoryOf, postgresCpuMs, processCpuMs, RssSampler, waitForQuiet } from './proc-stats.js';
import { WindowContext } from './window-context.js';

/**
 * `npm run bench:soak`: the real service on PostgreSQL at a fixed arrival
 * rate (default 500 req/s for 60 s, after a 10 s warm-up at the same rate):
 * RSS at the start and at the end (it must not grow by more than 10%), the
 * latency of every 10 s window, and every 2xx stored.
 * Options: --rate 500 --duration 60 --warmup 10 --window 10 --service-env KEY=VALUE.
 */
const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '500' },
    duration: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '10' },
    window: { type: 'string', default: '10' },
    'service-env': { type: 'string', multiple: true, default: [] },
  },
});
const rate = Number(values.rate);
const durationSeconds = Number(values.duration);
const warmupSeconds = Number(values.warmup);
const windowSeconds = Number(values.window);
const adminUrl = process.env.BENCH_DATABASE_URL ?? DEFAULT_ADMIN_URL;
const MAX_GROWTH_PCT = 10;

const say = (line: string) => process.stdout.write(`${line}\n`);
const mb = (kb: number) => Math.round((kb / 1024) * 10) / 10;

async function main(): Promise<void> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'bw-soak-'));
  const context = createContext(workDir);
  const spec = signingSpec(context);
  const facts = await serverFacts(adminUrl);
  const url = await createBenchDatabase(adminUrl);
  // Ctrl-C: the service and the load generator stop with the terminal's signal; the database is dropped here.
  process.once('SIGINT', () => void dropBenchDatabase(adminUrl, url).finally(() => process.exit(130)));
  const load = LoadGenerator.start();
  let server: Awaited<ReturnType<typeof startOurs>> | undefined;
  let failed = false;
  try {
    await prepareDatabase({ kind: 'postgres', url, poolSize: 2 });
    server = await startOurs(context, {
      databaseUrl: url,
      dataDir: path.join(workDir, 'ours'),
      extraEnv: serviceEnvOf(values['service-env']),
    });
    const target = `http://127.0.0.1:${server.port}${SMS_PATH}`;
    const paced = (seconds: number) =>
      load.paced({ url: target, rate, durationSeconds: seconds, windowSeconds, maxSockets: 64 });

    say(`warm-up: ${warmupSeconds} s at ${rate} req/s`);
    await load.prepare(spec, Math.ceil(rate * warmupSeconds * 1.05) + 100, 1, newSidPrefix());
    await paced(warmupSeconds);

    const sidPrefix = newSidPrefix();
    await load.prepare(spec, Math.ceil(rate * durationSeconds * 1.05) + 100, 2, sidPrefix);
    const backgroundCores = await waitForQuiet();
    say(`soak: ${durationSeconds} s at ${rate} req/s`);
    const rssStartKb = memoryOf(server.pid)?.rssKb ?? 0;
    const serviceBefore = processCpuMs(server.pid) ?? 0;
    const postgresBefore = postgresCpuMs();
    const sampler = new RssSampler(server.pid, 1000, true).start();
    const surroundings = new WindowContext(url, [server.pid, load.pid], windowSeconds);
    await surroundings.mark();
    const marking = setInterval(() => void surroundings.mark(), windowSeconds * 1000);
    const result = await paced(durationSeconds);
    clearInterval(marking);
    const peakRssKb = sampler.stop();
    const backgrounds = await surroundings.finish();
    const rssEndKb = memoryOf(server.pid)?.rssKb ?? 0;
    const serviceMs = (processCpuMs(server.pid) ?? serviceBefore) - serviceBefore;
    const postgresMs = postgresCpuMs() - postgresBefore;

    const counter = await openDatabase({ kind: 'postgres', url, poolSize: 1 });
    const stored = await settledCount(() => countInbound(counter, sidPrefix));
    await counter.close();

    const growthPct = Math.round(((rssEndKb - rssStartKb) / rssStartKb) * 1000) / 10;
    const seconds = result.durationMs / 1000;
    const report = {
      benchmark: `soak: POST /webhook/sms-response at a fixed ${rate} req/s for ${durationSeconds} s`,
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.version, postgres: facts },
      settings: {
        rate,
        durationSeconds,
        warmupSeconds,
        windowSeconds,
        sender: 'paced open loop (bench/paced-sender.ts), latency from each request due time',
      },
      achievedRate: Math.round(result.responses / seconds),
      responses: result.responses,
      ok2xx: result.ok,
      non2xx: result.non2xx,
      socketErrors: result.socketErrors,
      rowsStored: stored,
      lost: Math.max(0, result.ok - stored),
      latencyMs: result.latencyMs,
      // What else the machine did meanwhile: other processes' CPU, and checkpoints PostgreSQL was asked for
      // (another database created or dropped on the same server forces one, and commits wait behind it).
      windows: result.windows.map((window, index) => ({ ...window, ...backgrounds[index] })),
      rss: {
        startMb: mb(rssStartKb),
        endMb: mb(rssEndKb),
        peakMb: mb(peakRssKb),
        growthPct,
        maxGrowthPct: MAX_GROWTH_PCT,
        met: growthPct <= MAX_GROWTH_PCT,
        timeline: sampler.timeline.map((sample) => ({ atS: Math.round(sample.atMs / 100) / 10, mb: mb(sample.rssKb) })),
      },
      cpu: {
        servicePctOfCore: Math.round((serviceMs / result.durationMs) * 100),
        postgresPctOfCore: Math.round((postgresMs / result.durationMs) * 100),
        loadGeneratorPctOfCore: Math.round((result.cpuMs / result.durationMs) * 100),
      },
      generatorLoopDelayMs: result.loopDelayMs,
      backgroundCoresBefore: Math.round(backgroundCores * 100) / 100,
    };
    mkdirSync(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, 'soak.json');
    writeFileSync(file, JSON.stringify(report, null, 2) + '\n');

    say(
      `\n${'window'.padEnd(10)} ${'answers'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ` +
        `${'max ms'.padStart(8)} ${'other cores'.padStart(12)} ${'checkpoints'.padStart(12)}`,
    );
    for (const window of report.windows) {
      say(
        `${`${window.fromSecond}-${window.fromSecond + windowSeconds} s`.padEnd(10)} ${String(window.responses).padStart(8)} ` +
          `${window.latencyMs.p50.toFixed(1).padStart(8)} ${window.latencyMs.p99.toFixed(1).padStart(8)} ` +
          `${window.latencyMs.max.toFixed(1).padStart(8)} ${String(window.otherCores ?? '-').padStart(12)} ` +
          `${String(window.forcedCheckpoints ?? '-').padStart(12)}`,
      );
    }
    say(
      `\nachieved ${report.achievedRate} req/s, p99 ${result.latencyMs.p99} ms, errors ${result.non2xx + result.socketErrors}, ` +
        `2xx ${result.ok} stored ${stored}`,
    );
    say(
      `RSS start ${report.rss.startMb} MB, end ${report.rss.endMb} MB (${growthPct >= 0 ? '+' : ''}${growthPct}%, ` +
        `${report.rss.met ? 'within' : 'OVER'} ${MAX_GROWTH_PCT}%), peak ${report.rss.peakMb} MB`,
    );
    say(`written: ${path.relative(process.cwd(), file)}`);
    if (!report.rss.met || report.lost > 0) process.exitCode = 1;
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await server?.stop().catch(() => undefined);
    await load.stop().catch(() => undefined);
    await dropBenchDatabase(adminUrl, url).catch(() => undefined);
    if (failed) say(`logs kept in ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`soak failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
