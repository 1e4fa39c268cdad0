import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { ClosedLoopResult } from './load-protocol.js';
import type { PreparedRequest } from './signed-requests.js';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'wrk-replay.lua');
const RESULT_LINE = /^WRK-RESULT (\{.*\})$/m;
const execFileAsync = promisify(execFile);

interface WrkResult {
  durationUs: number;
  responses: number;
  sent: number;
  prepared: number;
  connect: number;
  read: number;
  write: number;
  status: number;
  timeout: number;
  meanUs: number;
  p50Us: number;
  p90Us: number;
  p99Us: number;
  maxUs: number;
  /** wrk's CPU from the end of reading its requests to the end of the run (Lua's os.clock: the whole process). */
  cpuSeconds: number;
}

/** A prepared request as it goes on the wire: HTTP/1.1, kept alive, its length stated. */
export function rawRequest(target: URL, request: PreparedRequest): Buffer {
  const head = [
    `POST ${target.pathname}${target.search} HTTP/1.1`,
    `Host: ${target.host}`,
    ...Object.entries(request.headers).map(([name, value]) => `${name}: ${value}`),
    `Content-Length: ${request.body.length}`,
    '',
    '',
  ].join('\r\n');
  return Buffer.concat([Buffer.from(head, 'latin1'), request.body]);
}

/** Records as bench/wrk-replay.lua reads them: an 8-digit length, then the request. */
export function replayFile(target: URL, requests: readonly PreparedRequest[]): Buffer {
  return Buffer.concat(
    requests.flatMap((request) => {
      const raw = rawRequest(target, request);
      return [Buffer.from(String(raw.length).padStart(8, '0'), 'latin1'), raw];
    }),
  );
}

/** Requests written out for wrk: where, for which URL, and from which prepared request on. */
export interface StagedReplay {
  directory: string;
  file: string;
  url: string;
  /** Index, among the prepared requests, of the first one written. */
  from: number;
}

export function stageReplay(requests: readonly PreparedRequest[], url: string, from: number): StagedReplay {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'bw-wrk-'));
  const file = path.join(directory, 'requests.bin');
  writeFileSync(file, replayFile(new URL(url), requests));
  return { directory, file, url, from };
}

export function discardReplay(staged: StagedReplay): void {
  rmSync(staged.directory, { recursive: true, force: true });
}

/**
 * The closed loop driven by wrk (C, one thread, epoll) instead of autocannon:
 * `connections` connections, each sending the next pre-signed request as soon
 * as the previous one is answered. One wrk thread, so each request goes out
 * once.
 */
export async function wrkClosedLoop(
  staged: StagedReplay,
  connections: number,
  durationSeconds: number,
): Promise<ClosedLoopResult> {
  const args = ['-t1', `-c${connections}`, `-d${durationSeconds}s`, '--timeout', '15s', '-s', SCRIPT, staged.url];
  const { stdout } = await execFileAsync('wrk', [...args, '--', staged.file]).catch((error: { stderr?: string }) => {
    throw new Error(`wrk failed: ${error.stderr || String(error)}`);
  });
  const line = RESULT_LINE.exec(stdout)?.[1];
  if (line === undefined) throw new Error(`wrk printed no result: ${stdout}`);
  const result = JSON.parse(line) as WrkResult;
  const ms = (us: number) => Math.round(us / 10) / 100;
  return {
    durationMs: result.durationUs / 1000,
    sent: result.sent,
    responses: result.responses,
    // wrk counts a status of 400 or more as an error; the service answers nothing in the 3xx range.
    ok: result.responses - result.status,
    non2xx: result.status,
    socketErrors: result.connect + result.read + result.write,
    timeouts: result.timeout,
    latencyMs: {
      mean: ms(result.meanUs),
      p50: ms(result.p50Us),
      p90: ms(result.p90Us),
      p99: ms(result.p99Us),
      max: ms(result.maxUs),
    },
    cpuMs: result.cpuSeconds * 1000,
    wrapped: result.sent > result.prepared,
    // wrk's loop is C without a collector: no delay of its own is measured.
    loopDelayMs: null,
  };
}
