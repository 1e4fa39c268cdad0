import type { FastifyPluginAsync } from 'fastify';
import { SERVICE_VERSION } from '../../src/version.js';

const root: FastifyPluginAsync = async (fastify) => {
  fastify.get('/', async () => ({
    service: 'berinia-webhook',
    status: 'running',
    version: SERVICE_VERSION,
    endpoints: { sms: '/webhook/sms-response', health: '/health', ready: '/health/ready' },
  }));
};

export default root;
