import { runMigrations } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/open-database.js';
import { loadCliConfig } from './load-cli-config.js';

export async function run(): Promise<number> {
  const config = loadCliConfig();
  if (!config) return 1;
  const database = await openDatabase(config.database);
  try {
    await runMigrations(database);
    process.stdout.write(`migrations applied to ${database.description}\n`);
    return 0;
  } finally {
    await database.close();
  }
}
