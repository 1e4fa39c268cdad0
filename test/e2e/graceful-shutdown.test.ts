import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import twilio from 'twilio';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createPostgresDatabase, dropPostgresDatabase } from '../helpers/test-database.js';
import { smsParams, uniquePhone } from '../helpers/twilio-requests.js';
import { killLeftoverProcesses } from './helpers/processes.js';
import { startWebhookServer } from './helpers/webhook-server.js';

afterAll(killLeftoverProcesses);

/**
 * One request on a connection of its own. 'refused' covers a connection the
 * server never took: refused outright, or reset from the kernel's backlog
 * when the listening socket closed — no byte of it reached the application,
 * and Twilio retries such a delivery.
 */
function postOnce(url: string, params: Record<string, string>, signature: string): Promise<number | 'refused'> {
  const body = new URLSearchParams(params).toString();
  return new Promise((resolve) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          'x-twilio-signature': signature,
          connection: 'close',
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) =>
      resolve(
        error.code === 'ECONNREFUSED' || error.code === 'ECONNRESET'
          ? 'refused'
          : (`error ${error.code}` as unknown as number),
      ),
    );
    request.end(body);
  });
}

describe.runIf(inject('postgresUrl') !== null)('a graceful stop under load', () => {
  it('when SIGTERM arrives during a stream of messages, then every accepted request is answered 200 and stored, the rest are refused, and the stop ends well within its bound', async () => {
    const databaseUrl = await createPostgresDatabase();
    const dataDir = mkdtempSync(path.join(tmpdir(), 'bw-stop-'));
    const token = randomBytes(24).toString('hex');
    const server = await startWebhookServer({
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      TWILIO_AUTH_TOKEN: token,
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
    });
    const outcomes: { sid: string; status: number | 'refused' }[] = [];
    let signalled = false;
    try {
      const worker = async () => {
        // Keep sending until the server refuses connections: a stop must not drop the ones it took.
        for (let sent = 0; sent < 400; sent += 1) {
          const params = smsParams({ from: uniquePhone(), body: "Oui ça m'intéresse" });
          const status = await postOnce(
            server.smsUrl,
            params,
            twilio.getExpectedTwilioSignature(token, server.smsUrl, params),
          );
          outcomes.push({ sid: params.MessageSid, status });
          if (status === 'refused' && signalled) return;
        }
      };
      const workers = Array.from({ length: 8 }, worker);
      await new Promise((resolve) => setTimeout(resolve, 800));
      signalled = true;
      server.process.signal('SIGTERM');
      await Promise.all(workers);
      const exit = await server.process.finished();

      expect(exit.code).toBe(0);
      const answered = outcomes.filter((outcome) => outcome.status !== 'refused');
      expect(answered.length).toBeGreaterThan(20);
      expect(answered.filter((outcome) => outcome.status !== 200)).toEqual([]);
      expect(outcomes.some((outcome) => outcome.status === 'refused')).toBe(true);

      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      const { rows } = await client.query<{ message_sid: string }>(
        'select message_sid from messages where message_sid = any($1)',
        [answered.map((outcome) => outcome.sid)],
      );
      await client.end();
      expect(rows).toHaveLength(answered.length);

      const stopped = server.logLines().find((line) => line.event === 'server.stopped');
      expect(stopped).toMatchObject({ signal: 'SIGTERM' });
      expect(Number(stopped?.durationMs)).toBeLessThan(10_000);
    } finally {
      server.kill();
      await dropPostgresDatabase(databaseUrl);
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
