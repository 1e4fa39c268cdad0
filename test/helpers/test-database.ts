import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.js';
import { runMigrations } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/db/open-database.js';

export type DatabaseKind = 'embedded' | 'postgres';

/** The kinds this run covers: both in CI, the embedded one alone on a machine without PostgreSQL. */
export function databaseKinds(): DatabaseKind[] {
  return inject('postgresUrl') ? ['embedded', 'postgres'] : ['embedded'];
}

export interface TestDatabase {
  handle: DatabaseHandle;
  /** A connection string for other processes (postgres only). */
  url: string | null;
  /** Closes the handle if still open and drops the database. */
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated database of its own for one test file: an in-memory
 * PGlite, or a new database on the real server (dropped afterwards).
 */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'embedded') {
    const handle = await openDatabase({ kind: 'embedded', dataDir: '' }, { inMemory: true });
    await runMigrations(handle);
    return { handle, url: null, dispose: () => handle.close().catch(() => undefined) };
  }
  const url = await createPostgresDatabase();
  const handle = await openDatabase({ kind: 'postgres', url, poolSize: 8 });
  await runMigrations(handle);
  return {
    handle,
    url,
    async dispose() {
      await handle.close().catch(() => undefined);
      await dropPostgresDatabase(url);
    },
  };
}

export async function createPostgresDatabase(): Promise<string> {
  const adminUrl = inject('postgresUrl');
  if (!adminUrl) throw new Error('PostgreSQL is not available in this run');
  const name = `bw_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropPostgresDatabase(url: string): Promise<void> {
  const adminUrl = inject('postgresUrl');
  if (!adminUrl) return;
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
  } finally {
    await admin.end();
  }
}
