import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../webhook/app.js';
import { captureLogs, type CapturedLogs } from './log-capture.js';
import { testConfig } from './test-config.js';
import { createTestDatabase, type DatabaseKind, type TestDatabase } from './test-database.js';
import { PUBLIC_BASE_URL } from './twilio-requests.js';

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  logs: CapturedLogs;
  close(): Promise<void>;
}

export async function createTestApp(kind: DatabaseKind, env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase(kind);
  const logs = captureLogs();
  const config = testConfig({ PUBLIC_BASE_URL, ...env });
  const app = await buildApp({ config, database: database.handle, logger: logs.logger });
  await app.ready();
  return {
    app,
    database,
    logs,
    async close() {
      await app.close();
      await database.dispose();
    },
  };
}
