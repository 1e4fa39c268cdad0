import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Logger } from 'pino';
import type { DatabaseConfig } from '../config/load-config.js';
import type { Database, DatabaseHandle } from './database.js';
import { schema } from './schema.js';

export interface OpenDatabaseOptions {
  logger?: Pick<Logger, 'error' | 'warn'>;
  /** Embedded only: keep the data in memory (tests). */
  inMemory?: boolean;
}

export async function openDatabase(config: DatabaseConfig, options: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  return config.kind === 'postgres'
    ? openPostgres(config.url, config.poolSize, options)
    : openEmbedded(config.dataDir, options);
}

function openPostgres(url: string, poolSize: number, options: OpenDatabaseOptions): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    // Short enough that a dead database is noticed (and the message spooled) well inside Twilio's 15 s.
    connectionTimeoutMillis: 3000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 5000,
    query_timeout: 6000,
    application_name: 'berinia-webhook',
  });
  // An idle client losing its connection must not crash the process.
  pool.on('error', (error) =>
    options.logger?.warn({ event: 'db.pool_error', err: error }, 'idle database client failed'),
  );
  // A client checked out between two statements of a transaction has no listener of its own: without this,
  // a connection cut at that moment is an unhandled 'error' event, and the process dies with its requests.
  pool.on('connect', (client) => {
    client.on('error', (error) =>
      options.logger?.warn({ event: 'db.client_error', err: error }, 'database connection lost'),
    );
  });
  const db = drizzlePg({ client: pool, schema }) as unknown as Database;
  return {
    db,
    kind: 'postgres',
    description: describePostgresUrl(url),
    async ping() {
      await pool.query('select 1');
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async exclusive(lockKey, fn) {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [lockKey]);
        try {
          return await fn();
        } finally {
          await client.query('select pg_advisory_unlock($1)', [lockKey]);
        }
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

async function openEmbedded(dataDir: string, options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  let dataPath: string | undefined;
  if (!options.inMemory) {
    dataPath = path.join(dataDir, 'pglite');
    mkdirSync(dataPath, { recursive: true });
  }
  // Loaded only here: a service on PostgreSQL never pays the embedded database's memory.
  const [{ PGlite }, { drizzle: drizzlePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
  ]);
  const client = dataPath ? await PGlite.create(dataPath) : await PGlite.create();
  const db = drizzlePglite({ client, schema }) as unknown as Database;
  return {
    db,
    kind: 'embedded',
    description: dataPath ? `embedded PostgreSQL (PGlite) in ${dataPath}` : 'embedded PostgreSQL (PGlite) in memory',
    async ping() {
      await client.query('select 1');
    },
    poolStats: () => null,
    // One process owns a PGlite directory, so there is nobody to take turns with.
    exclusive: (_lockKey, fn) => fn(),
    close: () => client.close(),
  };
}

export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `PostgreSQL ${parsed.hostname}:${parsed.port || 5432}/${parsed.pathname.replace(/^\//, '')}`;
  } catch {
    return 'PostgreSQL';
  }
}
