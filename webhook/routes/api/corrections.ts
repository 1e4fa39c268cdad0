import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { CorrectionResult } from '../../../src/admin/corrections.js';
import {
  CONFIRMATION_MESSAGE,
  OUTCOME_STATUS,
  clearOptOutInput,
  correctionsInput,
  describeInvalid,
  idParams,
  intentInput,
  statusInput,
} from '../../admin/inputs.js';

/** Changes made through the API are recorded as this actor. */
export const API_ACTOR = 'api-token';

function answer(request: FastifyRequest, reply: FastifyReply, kind: string, result: CorrectionResult) {
  request.outcome = {
    event: result.outcome === 'confirmation_required' ? 'api.correction_refused' : 'api.correction',
    kind,
    outcome: result.outcome,
  };
  const status = OUTCOME_STATUS[result.outcome];
  if (result.outcome === 'not_found')
    return reply.code(status).send({ statusCode: 404, error: 'Not Found', message: 'No such lead or interpretation' });
  if (result.outcome === 'confirmation_required') {
    return reply.code(status).send({ statusCode: 409, error: 'Conflict', message: CONFIRMATION_MESSAGE });
  }
  return reply.code(status).send(result);
}

const badRequest = (reply: FastifyReply, message: string) =>
  reply.code(400).send({ statusCode: 400, error: 'Bad Request', message });

const correctionRoutes: FastifyPluginAsync = async (fastify) => {
  const repository = fastify.adminRepository;

  fastify.get('/corrections', async (request, reply) => {
    const input = correctionsInput.safeParse(request.query);
    if (!input.success) return badRequest(reply, describeInvalid(input.error));
    const rows = await repository.listCorrections(input.data.limit + 1, input.data.before);
    const corrections = rows.slice(0, input.data.limit);
    return { corrections, nextBefore: rows.length > input.data.limit ? (corrections.at(-1)?.id ?? null) : null };
  });

  fastify.post('/leads/:id/status', async (request, reply) => {
    const params = idParams.safeParse(request.params);
    const input = statusInput.safeParse(request.body ?? {});
    if (!params.success) return badRequest(reply, describeInvalid(params.error));
    if (!input.success) return badRequest(reply, describeInvalid(input.error));
    const { status, confirm } = input.data;
    return answer(
      request,
      reply,
      'lead.status',
      await repository.setLeadStatus(params.data.id, status, API_ACTOR, confirm),
    );
  });

  fastify.post('/leads/:id/clear-opt-out', async (request, reply) => {
    const params = idParams.safeParse(request.params);
    const input = clearOptOutInput.safeParse(request.body ?? {});
    if (!params.success) return badRequest(reply, describeInvalid(params.error));
    if (!input.success) return badRequest(reply, describeInvalid(input.error));
    return answer(
      request,
      reply,
      'lead.opt_out',
      await repository.clearOptOut(params.data.id, API_ACTOR, input.data.confirm),
    );
  });

  fastify.post('/interpretations/:id/intent', async (request, reply) => {
    const params = idParams.safeParse(request.params);
    const input = intentInput.safeParse(request.body ?? {});
    if (!params.success) return badRequest(reply, describeInvalid(params.error));
    if (!input.success) return badRequest(reply, describeInvalid(input.error));
    const result = await repository.setInterpretationIntent(params.data.id, input.data.intent, API_ACTOR);
    return answer(request, reply, 'interpretation.intent', result);
  });
};

export default correctionRoutes;
