import fp from 'fastify-plugin';
import { createLeadStore, type LeadStore } from '../../../agents/lead-store.js';
import { ResponseInterpreterAgent } from '../../../agents/response-interpreter-agent.js';
import { ResponseListenerAgent } from '../../../agents/response-listener-agent.js';
import type { AppConfig } from '../../../src/config/load-config.js';

declare module 'fastify' {
  interface FastifyInstance {
    leadStore: LeadStore;
    listener: ResponseListenerAgent;
    interpreter: ResponseInterpreterAgent;
  }
}

export interface AgentsPluginOptions {
  config: AppConfig;
  clock?: () => Date;
}

export default fp<AgentsPluginOptions>(
  async (fastify, options) => {
    const leads = createLeadStore(fastify.database.db);
    const defaultRegion = options.config.defaultRegion;
    fastify.decorate('leadStore', leads);
    fastify.decorate('listener', new ResponseListenerAgent({ leads, defaultRegion, clock: options.clock }));
    fastify.decorate('interpreter', new ResponseInterpreterAgent({ leads, defaultRegion }));
  },
  { name: 'agents', dependencies: ['database'] },
);
