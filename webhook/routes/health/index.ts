import type { FastifyPluginAsync } from 'fastify';

const READINESS_TIMEOUT_MS = 2000;

const health: FastifyPluginAsync = async (fastify) => {
  // Liveness: the process answers. Says nothing about the database on purpose.
  fastify.get('/', async () => ({ status: 'ok' }));

  // Ready while messages can be made durable: in the database, or in the spool while it is away.
  fastify.get('/ready', async (_request, reply) => {
    const database = await pingWithin(() => fastify.database.ping(), READINESS_TIMEOUT_MS);
    const spool = { depth: await fastify.spool.depth(), writable: database || (await fastify.spool.writable()) };
    const status = database ? 'ready' : spool.writable ? 'degraded' : 'unavailable';
    const body = { status, database: database ? 'ok' : 'unreachable', kind: fastify.database.kind, spool };
    return reply.code(status === 'unavailable' ? 503 : 200).send(body);
  });
};

async function pingWithin(ping: () => Promise<void>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([ping().then(() => true as const), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export default health;
