import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { BatchQueueStats } from '../../../agents/batch-queue.js';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { INTENTS } from '../../../src/domain/interpretation.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A route's own answer to load, read by @fastify/under-pressure (the plugin's types do not declare it). */
    pressureHandler?: (request: FastifyRequest, reply: FastifyReply, type: string, value?: number) => void;
  }
  interface FastifyInstance {
    /** This app's own registry: other plugins add their metrics to it, and apps built side by side never share one. */
    metrics: Registry;
  }
}

const PREFIX = 'berinia_webhook_';
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const INTENT_LABELS = new Set<string>(INTENTS);
const SIGNATURE_REASONS = ['missing', 'malformed', 'mismatch'] as const;
/** Twilio gives up after 15 s: the buckets stop there. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15];

/**
 * Metrics for local scraping only: the socket must be a loopback address and
 * the request must not have come through a proxy (Nginx connects from
 * loopback too), otherwise the route answers exactly as an unknown one does.
 */
async function localOnly(request: FastifyRequest, reply: FastifyReply) {
  const local = LOOPBACK.has(request.socket.remoteAddress ?? '') && request.headers['x-forwarded-for'] === undefined;
  if (!local) return reply.callNotFound();
}

/** GET /metrics (Prometheus text format), fed by one onResponse hook reading what each route recorded. */
export default fp(
  async (fastify) => {
    const registry = new Registry();
    const registers = [registry];
    collectDefaultMetrics({ register: registry });

    const requests = new Counter({
      name: `${PREFIX}http_requests_total`,
      help: 'Requests answered, by method, route pattern (unmatched for unknown paths) and status code.',
      labelNames: ['method', 'route', 'status_code'] as const,
      registers,
    });
    const latency = new Histogram({
      name: `${PREFIX}http_request_duration_seconds`,
      help: 'Time from the request to the end of the response, by method and route pattern.',
      labelNames: ['method', 'route'] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    });
    const signatureFailures = new Counter({
      name: `${PREFIX}signature_failures_total`,
      help: 'Twilio requests refused (403) for a missing, malformed or wrong X-Twilio-Signature.',
      labelNames: ['reason'] as const,
      registers,
    });
    const interpretations = new Counter({
      name: `${PREFIX}interpretations_total`,
      help: 'Inbound messages interpreted and stored, by intent (redeliveries of a MessageSid excluded).',
      labelNames: ['intent'] as const,
      registers,
    });
    const optOuts = new Counter({
      name: `${PREFIX}opt_outs_total`,
      help: 'Inbound messages interpreted as opt-outs: the lead is now do-not-contact.',
      registers,
    });
    const spooled = new Counter({
      name: `${PREFIX}spooled_total`,
      help: 'Messages acknowledged while the database was unavailable, kept in the spool (DATA_DIR/spool).',
      registers,
    });
    const spoolFailures = new Counter({
      name: `${PREFIX}spool_failures_total`,
      help: 'Messages that could not be made durable (database and spool both failing): answered 503.',
      registers,
    });
    // Zero series from the start, so an alert on increase() sees the first one.
    for (const reason of SIGNATURE_REASONS) signatureFailures.inc({ reason }, 0);
    for (const intent of INTENTS) interpretations.inc({ intent }, 0);

    const database = fastify.database;
    new Gauge({
      name: `${PREFIX}db_pool_clients`,
      help: 'PostgreSQL pool: connections busy and idle, and queries waiting for one (absent on the embedded database).',
      labelNames: ['state'] as const,
      registers,
      collect() {
        const stats = database.poolStats();
        if (!stats) return;
        this.set({ state: 'busy' }, stats.total - stats.idle);
        this.set({ state: 'idle' }, stats.idle);
        this.set({ state: 'waiting' }, stats.waiting);
      },
    });

    new Gauge({
      name: `${PREFIX}spool_depth`,
      help: 'Messages in the spool waiting to be replayed into the database.',
      registers,
      collect() {
        // The spool plugin registers after this one: look for it when scraped.
        const spool = (fastify as unknown as { spool?: { knownDepth: number } }).spool;
        this.set(spool?.knownDepth ?? 0);
      },
    });

    // Hot-path statements and the messages they carried: messages ÷ statements is the mean batch size.
    const batching = () =>
      (fastify as unknown as { leadStore?: { batching(): Record<string, BatchQueueStats> } }).leadStore?.batching();
    for (const [name, help, field] of [
      [
        'db_hot_path_statements_total',
        'Statements sent by the SMS hot path (one writes a batch of messages with their leads).',
        'batches',
      ],
      ['db_hot_path_items_total', 'Messages those statements carried; several per statement under load.', 'items'],
    ] as const) {
      new Counter({
        name: `${PREFIX}${name}`,
        help,
        labelNames: ['statement'] as const,
        registers,
        collect() {
          const stats = batching();
          if (!stats) return;
          // Absolute values from the queues: reset, then count up to them.
          this.reset();
          for (const [statement, counters] of Object.entries(stats)) this.inc({ statement }, counters[field]);
        },
      });
    }

    fastify.decorate('metrics', registry);

    fastify.addHook('onResponse', async (request, reply) => {
      // The route pattern, never the raw URL: a scanner must not create a series per path it tries.
      const route = request.routeOptions.url ?? 'unmatched';
      requests.inc({ method: request.method, route, status_code: String(reply.statusCode) });
      latency.observe({ method: request.method, route }, reply.elapsedTime / 1000);

      const outcome = request.outcome;
      if (!outcome) return;
      if (outcome.event.endsWith('.rejected_signature')) {
        const reason = SIGNATURE_REASONS.find((known) => known === outcome.reason) ?? 'other';
        signatureFailures.inc({ reason });
      } else if (outcome.event === 'sms.received') {
        const intent =
          typeof outcome.intent === 'string' && INTENT_LABELS.has(outcome.intent) ? outcome.intent : 'other';
        interpretations.inc({ intent });
        if (intent === 'opt_out') optOuts.inc();
      } else if (outcome.event === 'spool.appended') {
        spooled.inc();
      } else if (outcome.event === 'spool.failed') {
        spoolFailures.inc();
      }
    });

    // Served under pressure too: a scrape is cheap, and load is when its numbers matter most.
    const config = { pressureHandler: () => undefined };
    fastify.get('/metrics', { onRequest: localOnly, config }, async (_request, reply) => {
      const body = await registry.metrics();
      return reply.type(registry.contentType).send(body);
    });
  },
  { name: 'metrics', dependencies: ['database', 'request-outcome'] },
);
