import { monitorEventLoopDelay } from 'node:perf_hooks';
import autocannon from 'autocannon';
import type { LoadCommand, LoadReply } from './load-protocol.js';
import { runPaced, summarise } from './paced-sender.js';
import { prepareRequests, type PreparedRequest } from './signed-requests.js';
import { discardReplay, stageReplay, wrkClosedLoop, type StagedReplay } from './wrk-generator.js';

/**
 * The load generator, in a process of its own so that its CPU is its own:
 * the parent reads what it used. It signs its requests when told to prepare
 * and only sends them, pre-built, when told to run.
 */
let prepared: PreparedRequest[] = [];
let next = 0;
/** The prepared requests as wrk reads them, written at prepare time so that no measured run pays for it. */
let staged: StagedReplay | null = null;

function restage(url: string | undefined): void {
  if (staged) discardReplay(staged);
  staged = url === undefined ? null : stageReplay(prepared.slice(next), url, next);
}

const send = (reply: LoadReply) => process.send?.(reply);

/** How late the generator's own event loop ran: a stalled generator would show as server latency. */
function watchOwnLoop() {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  return () => {
    histogram.disable();
    return { p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6 };
  };
}

async function closedLoop(url: string, connections: number, durationSeconds: number) {
  const startIndex = next;
  const cpuBefore = process.cpuUsage();
  const ownLoop = watchOwnLoop();
  // autocannon's own histogram counts whole milliseconds; every answer's time, to the microsecond, is kept here.
  const samples: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        connections,
        duration: durationSeconds,
        timeout: 15,
        requests: [
          {
            // Every request is the next pre-signed one, whichever connection sends it: no MessageSid twice.
            setupRequest: (request) => {
              const item = prepared[next % prepared.length] as PreparedRequest;
              next += 1;
              return { ...request, body: item.body, headers: item.headers };
            },
          },
        ],
      },
      (error: unknown, output: autocannon.Result) => (error ? reject(error) : resolve(output)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => samples.push(responseTime));
  });
  const cpu = process.cpuUsage(cpuBefore);
  const loopDelayMs = ownLoop();
  return {
    durationMs: result.duration * 1000,
    sent: next - startIndex,
    responses: result.requests.total,
    ok: result['2xx'],
    non2xx: result.non2xx,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    latencyMs: summarise(samples),
    cpuMs: (cpu.user + cpu.system) / 1000,
    wrapped: next > prepared.length,
    loopDelayMs,
  };
}

process.on('message', (command: LoadCommand) => {
  void (async () => {
    try {
      if (command.type === 'prepare') {
        const started = Date.now();
        prepared = prepareRequests(command.spec, command.count, command.seed, command.sidPrefix);
        next = 0;
        restage(command.wrkUrl);
        send({ type: 'prepared', count: prepared.length, ms: Date.now() - started });
      } else if (command.type === 'closed-loop') {
        let result;
        if (command.generator === 'wrk') {
          if (staged?.url !== command.url || staged.from !== next) restage(command.url);
          result = await wrkClosedLoop(staged!, command.connections, command.durationSeconds);
          next += result.sent;
        } else {
          result = await closedLoop(command.url, command.connections, command.durationSeconds);
        }
        send({ type: 'closed-loop', result });
      } else if (command.type === 'paced') {
        const cpuBefore = process.cpuUsage();
        const ownLoop = watchOwnLoop();
        const startIndex = next;
        const result = await runPaced({
          ...command,
          take: () => {
            const item = prepared[next % prepared.length] as PreparedRequest;
            next += 1;
            return item;
          },
        });
        const cpu = process.cpuUsage(cpuBefore);
        send({
          type: 'paced',
          result: { ...result, sent: next - startIndex, cpuMs: (cpu.user + cpu.system) / 1000, loopDelayMs: ownLoop() },
        });
      } else {
        restage(undefined);
        process.disconnect();
      }
    } catch (error) {
      send({ type: 'failed', message: (error as Error).stack ?? String(error) });
    }
  })();
});
