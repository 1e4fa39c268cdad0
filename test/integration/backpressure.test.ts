import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../webhook/app.js';
import { captureLogs } from '../helpers/log-capture.js';
import { testConfig } from '../helpers/test-config.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { waitFor } from '../helpers/wait-for.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

describe('backpressure', () => {
  let app: FastifyInstance;
  let database: TestDatabase;
  let dataDir: string;
  const logs = captureLogs();

  beforeAll(async () => {
    database = await createTestDatabase('embedded');
    dataDir = mkdtempSync(path.join(tmpdir(), 'bw-pressure-'));
    app = await buildApp({
      config: testConfig({ DATA_DIR: dataDir, PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '100' }),
      database: database.handle,
      logger: logs.logger,
      pressureSampleIntervalMs: 100,
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('when the event loop lags past the limit, then requests get a 503 with Retry-After at once, and service resumes after', async () => {
    // Hold the event loop, as a CPU-bound burst would.
    const until = Date.now() + 600;
    while (Date.now() < until) {
      /* busy */
    }
    const response = await waitFor(
      async () => {
        const answer = await app.inject({ method: 'GET', url: '/health' });
        return answer.statusCode === 503 ? answer : undefined;
      },
      { timeoutMs: 2000, intervalMs: 1, what: 'a 503 under pressure' },
    );
    expect(response.headers['retry-after']).toBe('10');
    expect(logs.lines.find((line) => line.event === 'http.under_pressure')).toMatchObject({
      level: 'error',
      pressure: 'eventLoopDelay',
    });

    const recovered = await waitFor(
      async () => {
        const answer = await app.inject({ method: 'GET', url: '/health' });
        return answer.statusCode === 200 ? answer : undefined;
      },
      { timeoutMs: 5000, what: 'recovery' },
    );
    expect(recovered.json()).toEqual({ status: 'ok' });
  });
});
