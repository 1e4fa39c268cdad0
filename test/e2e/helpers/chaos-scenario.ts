import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import twilio from 'twilio';
import { sampleInboundSms } from '../../../src/twilio/sample-sms.js';
import { TcpProxy, throughProxy } from '../../helpers/tcp-proxy.js';
import { freePort, waitFor } from './processes.js';
import { WebhookServer } from './webhook-server.js';

export interface ChaosOptions {
  /** A database the scenario may create other databases from (CREATE/DROP DATABASE). */
  adminUrl: string;
  messages: number;
  concurrency: number;
  /** Progress lines, for the chaos command. */
  report?: (line: string) => void;
}

export interface ChaosReport {
  sent: number;
  acknowledged: number;
  stored: number;
  duplicates: number;
  lost: number;
  lostSids: string[];
  faults: string[];
  /** Server deaths the scenario did not cause itself. */
  crashes: number;
  durationMs: number;
}

const BODIES = ["Oui ça m'intéresse", 'c quoi vos tarifs ?', 'rappelez moi demain 14h', 'STOP', 'non merci', '👍'];

/**
 * The reliability promise under fire: a stream of signed messages while the
 * database connection is cut and restored and the server is killed (SIGKILL)
 * and restarted on the same spool. Every MessageSid answered 200 must end up
 * in PostgreSQL exactly once.
 */
export async function runChaosScenario(options: ChaosOptions): Promise<ChaosReport> {
  const startedAt = Date.now();
  const say = options.report ?? (() => undefined);
  const databaseName = `bw_chaos_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: options.adminUrl });
  await admin.connect();
  await admin.query(`create database ${databaseName}`);
  const databaseUrl = new URL(options.adminUrl);
  databaseUrl.pathname = `/${databaseName}`;
  const target = new URL(databaseUrl);
  const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
  await proxy.start();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'bw-chaos-'));
  const token = randomBytes(16).toString('hex');
  const port = await freePort();
  const settings = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    TWILIO_AUTH_TOKEN: token,
    DATABASE_URL: throughProxy(databaseUrl.toString(), proxy.port),
    DATA_DIR: dataDir,
    DB_POOL_SIZE: '8',
  };
  const url = `http://127.0.0.1:${port}/webhook/sms-response`;
  let server = new WebhookServer(port, settings);
  let dumped = false;
  let crashes = 0;
  let killing = false;
  const faults: string[] = [];
  const acknowledged = new Set<string>();
  const sids: string[] = [];
  try {
    await server.waitUntilReady();
    let next = 0;
    const plan = faultPlan(options.messages);
    const send = async (params: Record<string, string>) => {
      const signature = twilio.getExpectedTwilioSignature(token, url, params);
      // Twilio retries a failed delivery once; so does this client.
      for (let attempt = 0; attempt < 2; attempt += 1) {
        try {
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
            body: new URLSearchParams(params).toString(),
            signal: AbortSignal.timeout(15_000),
          });
          await response.text();
          if (response.status === 200) return true;
        } catch {
          // Refused or reset while the server restarts: Twilio would retry once, and so do we.
          if (!server.process.running && !dumped && !killing) {
            dumped = true;
            crashes += 1;
            // The server died of something other than our kill: that is a finding, show it.
            say(`server died unexpectedly:\n${server.process.describe().slice(-3000)}`);
          }
          // Connection refused or reset while the server is down: retry once, as Twilio would.
        }
        if (attempt === 0) await new Promise((resolve) => setTimeout(resolve, 2500));
      }
      return false;
    };
    const worker = async () => {
      for (;;) {
        const index = next;
        next += 1;
        if (index >= options.messages) return;
        const fault = plan.get(index);
        if (fault) {
          faults.push(fault);
          say(`message ${index}: ${fault}`);
          if (fault === 'cut database') await proxy.cut();
          if (fault === 'restore database') await proxy.restore();
          if (fault === 'kill -9 server') {
            killing = true;
            server.kill();
            await server.process.finished();
            server = new WebhookServer(port, settings);
            killing = false;
            dumped = false;
            void server.waitUntilReady().catch(() => undefined);
          }
        }
        const params = sampleInboundSms({
          from: `+3361${String(index).padStart(7, '0')}`,
          to: '+33700000001',
          body: BODIES[index % BODIES.length] ?? 'ok',
        });
        sids.push(params.MessageSid);
        if (await send(params)) acknowledged.add(params.MessageSid);
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    await proxy.restore();
    await server.waitUntilReady();
    say(`stream done: ${acknowledged.size}/${options.messages} acknowledged; waiting for the spool to drain`);
    await waitFor(
      'the spool to drain',
      async () => {
        const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
        const body = (await response.json()) as { spool?: { depth: number } };
        return body.spool?.depth === 0 ? true : undefined;
      },
      { timeoutMs: 120_000, intervalMs: 250 },
    );
    const direct = new pg.Client({ connectionString: databaseUrl.toString() });
    await direct.connect();
    const { rows } = await direct.query<{ message_sid: string; copies: string }>(
      'select message_sid, count(*) as copies from messages where message_sid = any($1) group by message_sid',
      [sids],
    );
    await direct.end();
    const storedCopies = new Map(rows.map((row) => [row.message_sid, Number(row.copies)]));
    const lostSids = [...acknowledged].filter((sid) => !storedCopies.has(sid));
    return {
      sent: options.messages,
      acknowledged: acknowledged.size,
      stored: storedCopies.size,
      duplicates: [...storedCopies.values()].reduce((sum, copies) => sum + copies - 1, 0),
      lost: lostSids.length,
      lostSids,
      faults,
      crashes,
      durationMs: Date.now() - startedAt,
    };
  } finally {
    if (server.process.running) await server.stop().catch(() => server.kill());
    await proxy.stop();
    await admin.query(`drop database if exists ${databaseName} with (force)`).catch(() => undefined);
    await admin.end();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Which message triggers which fault: spread over the stream, so each hits traffic in flight. */
function faultPlan(messages: number): Map<number, string> {
  const at = (fraction: number) => Math.floor(messages * fraction);
  return new Map([
    [at(0.15), 'cut database'],
    [at(0.35), 'restore database'],
    [at(0.5), 'kill -9 server'],
    [at(0.65), 'cut database'],
    [at(0.75), 'kill -9 server'],
    [at(0.85), 'restore database'],
  ]);
}
