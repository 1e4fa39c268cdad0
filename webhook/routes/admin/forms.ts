import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { CorrectionResult } from '../../../src/admin/corrections.js';
import {
  CONFIRMATION_MESSAGE,
  OUTCOME_STATUS,
  clearOptOutInput,
  describeInvalid,
  idParams,
  intentInput,
  statusInput,
} from '../../admin/inputs.js';
import { leadPage } from '../../admin/lead-page.js';
import { messagePage } from '../../admin/layout.js';
import type { SessionCodec } from '../../admin/session.js';
import { pageContext, sendHtml } from './pages.js';

/**
 * The corrections an operator makes on a lead's page. Each answers with a
 * redirect back to the lead (post/redirect/get), or the page again with
 * what went wrong.
 */
const formRoutes: FastifyPluginAsync<{ codec: SessionCodec }> = async (fastify, { codec }) => {
  const repository = fastify.adminRepository;

  async function answer(request: FastifyRequest, reply: FastifyReply, kind: string, result: CorrectionResult) {
    const context = pageContext(request, codec);
    if (result.outcome === 'not_found') {
      return sendHtml(reply, messagePage('Not found', context, 'There is no such lead or message.'), 404);
    }
    request.outcome = {
      event: result.outcome === 'confirmation_required' ? 'admin.correction_refused' : 'admin.correction',
      kind,
      outcome: result.outcome,
      leadId: 'leadId' in result ? result.leadId : null,
      fields: result.outcome === 'updated' ? result.changes.map((change) => change.field) : [],
      user: request.adminSession?.user,
    };
    if (result.outcome === 'confirmation_required') {
      const detail = await repository.findLeadDetail(Number((request.params as { id: string }).id));
      if (!detail) return sendHtml(reply, messagePage('Refused', context, CONFIRMATION_MESSAGE), 409);
      return sendHtml(
        reply,
        leadPage(context, detail, { error: CONFIRMATION_MESSAGE }),
        OUTCOME_STATUS[result.outcome],
      );
    }
    return reply.redirect(`/admin/leads/${result.leadId}?saved=1`, 303);
  }

  const invalid = (request: FastifyRequest, reply: FastifyReply, message: string) =>
    sendHtml(reply, messagePage('Invalid request', pageContext(request, codec), message), 400);
  const actor = (request: FastifyRequest) => request.adminSession?.user ?? 'unknown';

  fastify.post('/leads/:id/status', async (request, reply) => {
    const params = idParams.safeParse(request.params);
    const input = statusInput.safeParse(request.body ?? {});
    if (!params.success || !input.success) {
      return invalid(request, reply, input.success ? 'There is no such lead.' : describeInvalid(input.error));
    }
    const { status, confirm } = input.data;
    return answer(
      request,
      reply,
      'lead.status',
      await repository.setLeadStatus(params.data.id, status, actor(request), confirm),
    );
  });

  fastify.post('/leads/:id/clear-opt-out', async (request, reply) => {
    const params = idParams.safeParse(request.params);
    const input = clearOptOutInput.safeParse(request.body ?? {});
    if (!params.success || !input.success) return invalid(request, reply, 'There is no such lead.');
    return answer(
      request,
      reply,
      'lead.opt_out',
      await repository.clearOptOut(params.data.id, actor(request), input.data.confirm),
    );
  });

  fastify.post('/interpretations/:id/intent', async (request, reply) => {
    const params = idParams.safeParse(request.params);
    const input = intentInput.safeParse(request.body ?? {});
    if (!params.success || !input.success) {
      return invalid(request, reply, input.success ? 'There is no such message.' : describeInvalid(input.error));
    }
    const result = await repository.setInterpretationIntent(params.data.id, input.data.intent, actor(request));
    return answer(request, reply, 'interpretation.intent', result);
  });
};

export default formRoutes;
