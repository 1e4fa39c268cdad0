import http from 'node:http';
import { performance } from 'node:perf_hooks';
import type { LatencySummary, PacedResult, PacedWindow } from './load-protocol.js';
import type { PreparedRequest } from './signed-requests.js';

export interface PacedOptions {
  url: string;
  /** Requests per second, sent evenly (open loop: a slow answer does not delay the next request). */
  rate: number;
  durationSeconds: number;
  windowSeconds: number;
  maxSockets: number;
  take: () => PreparedRequest;
}

export function summarise(samples: number[]): LatencySummary {
  if (samples.length === 0) return { mean: 0, p50: 0, p90: 0, p99: 0, max: 0 };
  const sorted = Float64Array.from(samples).sort();
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
  const round = (value: number) => Math.round(value * 100) / 100;
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    mean: round(sum / sorted.length),
    p50: round(at(0.5)),
    p90: round(at(0.9)),
    p99: round(at(0.99)),
    max: round(sorted[sorted.length - 1] ?? 0),
  };
}

/**
 * A fixed arrival rate, as a campaign's replies come in. Latency is counted
 * from the moment each request was due, so a stalled server cannot hide its
 * stall by slowing the sender down (no coordinated omission).
 */
export async function runPaced(options: PacedOptions): Promise<Omit<PacedResult, 'cpuMs' | 'sent' | 'loopDelayMs'>> {
  const target = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets });
  const total = Math.round(options.rate * options.durationSeconds);
  const windowCount = Math.ceil(options.durationSeconds / options.windowSeconds);
  const windows = Array.from({ length: windowCount }, () => ({ samples: [] as number[], errors: 0 }));
  const all: number[] = [];
  let issued = 0;
  let settled = 0;
  let ok = 0;
  let non2xx = 0;
  let socketErrors = 0;
  const startedAt = performance.now();

  await new Promise<void>((resolve) => {
    const finishOne = () => {
      settled += 1;
      if (settled === total) resolve();
    };
    const issue = (index: number) => {
      const dueAt = startedAt + (index * 1000) / options.rate;
      const window = windows[Math.min(windowCount - 1, Math.floor(index / options.rate / options.windowSeconds))];
      const item = options.take();
      const request = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: { ...item.headers, 'Content-Length': String(item.body.length) },
        },
        (response) => {
          response.resume();
          response.on('end', () => {
            const latency = performance.now() - dueAt;
            if ((response.statusCode ?? 0) >= 200 && (response.statusCode ?? 0) < 300) ok += 1;
            else non2xx += 1;
            all.push(latency);
            window?.samples.push(latency);
            finishOne();
          });
        },
      );
      // Twilio gives up after 15 s: so does the sender.
      request.setTimeout(15_000, () => request.destroy(new Error('timeout')));
      request.on('error', () => {
        socketErrors += 1;
        if (window) window.errors += 1;
        finishOne();
      });
      request.end(item.body);
    };
    const timer = setInterval(() => {
      const due = Math.min(total, Math.floor(((performance.now() - startedAt) / 1000) * options.rate) + 1);
      while (issued < due) issue(issued++);
      if (issued >= total) clearInterval(timer);
    }, 1);
  });
  agent.destroy();

  const perWindow: PacedWindow[] = windows.map((window, index) => ({
    fromSecond: index * options.windowSeconds,
    responses: window.samples.length,
    errors: window.errors,
    latencyMs: summarise(window.samples),
  }));
  return {
    durationMs: performance.now() - startedAt,
    responses: ok + non2xx,
    ok,
    non2xx,
    socketErrors,
    latencyMs: summarise(all),
    windows: perWindow,
  };
}
