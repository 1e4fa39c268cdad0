import dotenv from 'dotenv';
import { loadConfig } from '../src/config/load-config.js';
import { openDatabase } from '../src/db/open-database.js';
import { runMigrations } from '../src/db/migrate.js';
import { createLogger } from '../src/logger.js';
import { buildApp } from './app.js';
import { parseListenArgs } from './parse-args.js';

/** Entry point: settings, database, migrations, app, listen, and a clean stop on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let args;
  try {
    args = parseListenArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`berinia-webhook: ${(error as Error).message}\n`);
    process.exit(2);
  }
  dotenv.config({ quiet: true });
  const loaded = loadConfig(process.env);
  if (!loaded.ok) {
    process.stderr.write('berinia-webhook: invalid settings, not starting:\n');
    for (const line of loaded.errors) process.stderr.write(`  - ${line}\n`);
    process.exit(1);
  }
  const { config } = loaded;
  const logger = createLogger({ level: config.logLevel, pretty: process.stdout.isTTY === true });
  for (const notice of loaded.notices) logger.warn({ event: 'config.notice' }, notice);

  const database = await openDatabase(config.database, { logger });
  await runMigrations(database);
  logger.info({ event: 'db.ready', database: database.description }, 'database ready');

  const app = await buildApp({ config, database, logger });
  const host = args.host ?? config.host;
  const port = args.port ?? config.port;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: 'server.stopping', signal }, 'stopping');
    const deadline = setTimeout(() => {
      logger.error({ event: 'server.stop_timeout', timeoutMs: config.shutdownTimeoutMs }, 'graceful stop timed out');
      logger.flush();
      process.exit(1);
    }, config.shutdownTimeoutMs);
    deadline.unref();
    try {
      await app.close();
      logger.info({ event: 'server.stopped', signal }, 'stopped');
      logger.flush();
      process.exitCode = 0;
    } catch (error) {
      logger.error({ event: 'server.stop_failed', err: error }, 'stop failed');
      logger.flush();
      process.exitCode = 1;
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));

  await app.listen({ host, port });
  logger.info(
    { event: 'server.listening', host, port, database: database.kind, publicBaseUrl: config.publicBaseUrl ?? null },
    `listening on http://${host}:${port}`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`berinia-webhook: failed to start: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
