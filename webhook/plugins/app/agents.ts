import fp from 'fastify-plugin';
import { createCallStore, type CallStore } from '../../../agents/call-store.js';
import { createLeadStore, type LeadStore } from '../../../agents/lead-store.js';
import { createReplyComposer, replyWithoutDatabase } from '../../../agents/reply-composer.js';
import { ResponseInterpreterAgent } from '../../../agents/response-interpreter-agent.js';
import { ResponseListenerAgent } from '../../../agents/response-listener-agent.js';
import type { AppConfig } from '../../../src/config/load-config.js';
import type { NormalisedResponse } from '../../../src/domain/normalised-response.js';

declare module 'fastify' {
  interface FastifyInstance {
    leadStore: LeadStore;
    callStore: CallStore;
    listener: ResponseListenerAgent;
    interpreter: ResponseInterpreterAgent;
    /** The SMS answer to a message spooled while the database is away. */
    replyWithoutDatabase: (normalised: NormalisedResponse) => string | null;
  }
}

export interface AgentsPluginOptions {
  config: AppConfig;
  clock?: () => Date;
}

export default fp<AgentsPluginOptions>(
  async (fastify, options) => {
    const leads = createLeadStore(fastify.database.db, { statementsInFlight: options.config.hotPathSlots });
    const defaultRegion = options.config.defaultRegion;
    const texts = options.config.messages.sms;
    fastify.decorate('leadStore', leads);
    fastify.decorate('callStore', createCallStore(fastify.database.db));
    fastify.decorate('listener', new ResponseListenerAgent({ defaultRegion, clock: options.clock }));
    fastify.decorate(
      'interpreter',
      new ResponseInterpreterAgent({ leads, defaultRegion, composeReply: createReplyComposer(texts) }),
    );
    fastify.decorate('replyWithoutDatabase', (normalised: NormalisedResponse) =>
      replyWithoutDatabase(normalised, texts),
    );
  },
  { name: 'agents', dependencies: ['database'] },
);
