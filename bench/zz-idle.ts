import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBenchDatabase, dropBenchDatabase } from './bench-database.js';
import { createContext, prepareDatabase, startOurs } from './bench-targets.js';
import { memoryOf } from './proc-stats.js';
const admin = 'postgres://postgres@127.0.0.1:5432/test';
const work = mkdtempSync(path.join(os.tmpdir(), 'bw-idle-'));
const ctx = createContext(work);
const url = await createBenchDatabase(admin);
await prepareDatabase({ kind: 'postgres', url, poolSize: 2 });
const s = await startOurs(ctx, {
  databaseUrl: url,
  dataDir: path.join(work, 'd'),
  extraEnv: JSON.parse(process.env.XENV ?? '{}'),
});
await new Promise((r) => setTimeout(r, 1500));
console.log('idle', memoryOf(s.pid));
await s.stop();
await dropBenchDatabase(admin, url);
