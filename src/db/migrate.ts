import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { MIGRATIONS_DIR } from '../paths.js';
import type { DatabaseHandle } from './database.js';

// Any constant will do; it only has to be the same for every instance.
const MIGRATION_LOCK_KEY = 0x6265_7269;

/**
 * Applies the SQL migrations drizzle-kit generated. Instances starting
 * together on one PostgreSQL take turns, so only the first one migrates.
 */
export async function runMigrations(handle: DatabaseHandle): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_DIR };
  await handle.exclusive(MIGRATION_LOCK_KEY, async () => {
    if (handle.kind === 'embedded') {
      const { migrate: migratePglite } = await import('drizzle-orm/pglite/migrator');
      await migratePglite(handle.db as unknown as PgliteDatabase, config);
    } else await migratePg(handle.db as unknown as NodePgDatabase, config);
  });
}
