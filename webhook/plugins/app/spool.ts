import fp from 'fastify-plugin';
import type { AppConfig } from '../../../src/config/load-config.js';
import { MessageSpool, type SpooledMessage } from '../../../src/spool/message-spool.js';
import { ReplayLoop } from '../../../src/spool/replay-loop.js';

declare module 'fastify' {
  interface FastifyInstance {
    spool: MessageSpool;
    spoolReplay: ReplayLoop;
    /** Stores a spooled message as if it had just arrived (replay and the replay-spool command). */
    storeSpooled: (message: SpooledMessage) => Promise<void>;
  }
}

/** The durable fallback for the database, and the loop that drains it. */
export default fp<{ config: AppConfig; replayIntervalMs?: number }>(
  async (fastify, options) => {
    const spool = new MessageSpool(options.config.dataDir);
    const storeSpooled = async (message: SpooledMessage) => {
      // The store resolves the campaign the listener could not (campaign_source 'unresolved').
      const processed = await fastify.interpreter.process(message.normalised);
      if (!processed.recorded.duplicate) {
        fastify.refinement?.schedule(message.normalised.message_sid, processed.interpretation, fastify.log);
      }
    };
    const loop = new ReplayLoop({
      spool,
      ping: () => fastify.database.ping(),
      store: storeSpooled,
      logger: fastify.log,
      minDelayMs: options.replayIntervalMs,
    });
    fastify.decorate('spool', spool);
    fastify.decorate('spoolReplay', loop);
    fastify.decorate('storeSpooled', storeSpooled);
    fastify.addHook('onReady', async () => {
      const depth = await spool.depth();
      if (depth > 0) fastify.log.warn({ event: 'spool.pending', depth }, 'messages wait in the spool');
      loop.start();
    });
    fastify.addHook('preClose', async () => {
      await loop.stop();
    });
  },
  { name: 'spool', dependencies: ['database', 'agents'] },
);
