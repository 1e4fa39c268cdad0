import { createLeadStore } from '../agents/lead-store.js';
import { ResponseInterpreterAgent } from '../agents/response-interpreter-agent.js';
import { runMigrations } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/open-database.js';
import { MessageSpool } from '../src/spool/message-spool.js';
import { loadCliConfig } from './load-cli-config.js';

/**
 * Stores what the spool holds, by hand: the same path the server's replay
 * loop takes, idempotent by MessageSid, so running it beside a live server
 * on PostgreSQL is safe. (An embedded database is held by the running server:
 * stop it first, it replays at start anyway.)
 */
export async function run(): Promise<number> {
  const config = loadCliConfig();
  if (!config) return 1;
  const spool = new MessageSpool(config.dataDir);
  const waiting = await spool.depth();
  if (waiting === 0) {
    process.stdout.write(`spool ${spool.directory} is empty\n`);
    return 0;
  }
  const database = await openDatabase(config.database);
  try {
    await runMigrations(database);
    const leads = createLeadStore(database.db);
    const interpreter = new ResponseInterpreterAgent({ leads, defaultRegion: config.defaultRegion });
    let duplicates = 0;
    const { replayed, remaining } = await spool.replay(async (message) => {
      const processed = await interpreter.process(message.normalised);
      if (processed.recorded.duplicate) duplicates += 1;
    });
    process.stdout.write(
      `replayed ${replayed} message(s) from ${spool.directory} into ${database.description}: ` +
        `${replayed - duplicates} stored, ${duplicates} already there, ${remaining} remaining\n`,
    );
    return remaining === 0 ? 0 : 1;
  } finally {
    await database.close();
  }
}
