import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../webhook/app.js';
import { captureLogs, type CapturedLogs } from './log-capture.js';
import { testConfig } from './test-config.js';
import { createTestDatabase, type DatabaseKind, type TestDatabase } from './test-database.js';
import { PUBLIC_BASE_URL } from './twilio-requests.js';

export interface TestApp {
  app: FastifyInstance;
  dataDir: string;
  database: TestDatabase;
  logs: CapturedLogs;
  close(): Promise<void>;
}

export async function createTestApp(kind: DatabaseKind, env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase(kind);
  const logs = captureLogs();
  // Each app its own DATA_DIR: a spool shared between tests would replay one test's messages into another's database.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bw-app-'));
  const config = testConfig({ PUBLIC_BASE_URL, DATA_DIR: dataDir, ...env });
  const app = await buildApp({ config, database: database.handle, logger: logs.logger });
  await app.ready();
  return {
    app,
    dataDir,
    database,
    logs,
    async close() {
      await app.close();
      await database.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
