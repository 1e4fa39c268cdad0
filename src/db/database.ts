import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgTransaction } from 'drizzle-orm/pg-core';
import type { schema } from './schema.js';

type Schema = typeof schema;

/** Either driver's drizzle instance: node-postgres in production, PGlite on a laptop. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Repositories accept either, so a caller can fold several writes into one transaction. */
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
  kind: 'postgres' | 'embedded';
  /** Where it is, with no password, for logs. */
  description: string;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  /** Connections in use and waiting, for readiness and metrics; null on the embedded database. */
  poolStats(): { total: number; idle: number; waiting: number } | null;
  /**
   * Runs fn while holding a PostgreSQL advisory lock on a dedicated
   * connection, so that instances sharing a database take turns.
   */
  exclusive<T>(lockKey: number, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
