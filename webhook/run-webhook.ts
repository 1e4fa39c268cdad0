import dotenv from 'dotenv';
import type { Logger } from 'pino';
import { loadConfig } from '../src/config/load-config.js';
import { openDatabase } from '../src/db/open-database.js';
import { describeInfrastructureError, isInfrastructureError } from '../src/db/infrastructure-error.js';
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

  // Signals are handled from here on: a stop during start-up closes what was opened, no more.
  const closers: (() => Promise<void>)[] = [];
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const startedAt = Date.now();
    logger.info({ event: 'server.stopping', signal }, 'stopping');
    const deadline = setTimeout(() => {
      logger.error({ event: 'server.stop_timeout', timeoutMs: config.shutdownTimeoutMs }, 'graceful stop timed out');
      exitAfterFlush(logger, 1);
    }, config.shutdownTimeoutMs);
    deadline.unref();
    let code = 0;
    // Last opened, first closed: the app (stops accepting, finishes requests, stops jobs), then the database.
    for (const close of closers.reverse()) {
      try {
        await close();
      } catch (error) {
        code = 1;
        logger.error({ event: 'server.stop_failed', err: error }, 'stop failed');
      }
    }
    logger.info({ event: 'server.stopped', signal, durationMs: Date.now() - startedAt }, 'stopped');
    exitAfterFlush(logger, code);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));

  const database = await openDatabase(config.database, { logger });
  closers.push(() => database.close());
  // PostgreSQL may start after us (a reboot, a restart of both): wait for it rather than exit in a loop.
  for (let delayMs = 500; ; delayMs = Math.min(delayMs * 2, 10_000)) {
    try {
      await runMigrations(database);
      break;
    } catch (error) {
      if (stopping) return;
      if (!isInfrastructureError(error)) throw error;
      logger.warn(
        { event: 'db.waiting', retryInMs: delayMs, reason: describeInfrastructureError(error) },
        'database unreachable',
      );
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
  logger.info({ event: 'db.ready', database: database.description }, 'database ready');
  if (stopping) return;

  const app = await buildApp({ config, database, logger });
  // The app closes the database itself (its onClose hook); closing twice is harmless but pointless.
  closers.splice(0, closers.length, () => app.close());
  const host = args.host ?? config.host;
  const port = args.port ?? config.port;
  try {
    await app.listen({ host, port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      process.stderr.write(
        `berinia-webhook: cannot listen on ${host}:${port}: ${code === 'EADDRINUSE' ? 'address already in use' : 'permission denied'} (${code})\n`,
      );
      await app.close();
      process.exit(1);
    }
    throw error;
  }
  logger.info(
    { event: 'server.listening', host, port, database: database.kind, publicBaseUrl: config.publicBaseUrl ?? null },
    `listening on http://${host}:${port}`,
  );
}

/** pino writes asynchronously: the last lines must reach journald before the process ends. */
function exitAfterFlush(logger: Logger, code: number): void {
  logger.flush(() => process.exit(code));
  // If flushing itself hangs, still leave.
  setTimeout(() => process.exit(code), 1000).unref();
}

main().catch((error: unknown) => {
  process.stderr.write(`berinia-webhook: failed to start: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
