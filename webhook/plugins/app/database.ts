import fp from 'fastify-plugin';
import type { DatabaseHandle } from '../../../src/db/database.js';

declare module 'fastify' {
  interface FastifyInstance {
    database: DatabaseHandle;
  }
}

/** The app owns the handle it is given: closing the app closes the pool (or PGlite). */
export default fp<{ database: DatabaseHandle }>(
  async (fastify, options) => {
    fastify.decorate('database', options.database);
    fastify.addHook('onClose', async () => {
      await options.database.close();
    });
  },
  { name: 'database' },
);
