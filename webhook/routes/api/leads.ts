import type { FastifyPluginAsync } from 'fastify';
import { leadFilterSchema } from '../../../src/admin/lead-filters.js';
import { describeInvalid, idParams, pageInput } from '../../admin/inputs.js';
import { sendLeadsCsv } from '../../admin/csv-response.js';

/** Lead files are a few MiB at most: 50,000 rows of a hundred characters. */
export const IMPORT_BODY_LIMIT = 8 * 1024 * 1024;

const badRequest = (message: string) => ({ statusCode: 400, error: 'Bad Request', message });

const leadRoutes: FastifyPluginAsync = async (fastify) => {
  const repository = fastify.adminRepository;

  fastify.get('/leads', async (request, reply) => {
    const filters = leadFilterSchema.safeParse(request.query);
    if (!filters.success) return reply.code(400).send(badRequest(describeInvalid(filters.error)));
    const page = await repository.findLeadPage(filters.data);
    if (!page) return reply.code(400).send(badRequest('cursor: not a cursor this list made'));
    return page;
  });

  fastify.get('/leads/export.csv', async (request, reply) => {
    const filters = leadFilterSchema.safeParse(request.query);
    if (!filters.success) return reply.code(400).send(badRequest(describeInvalid(filters.error)));
    request.outcome = { event: 'api.leads_exported' };
    return sendLeadsCsv(reply, repository.exportLeads({ ...filters.data, cursor: undefined, limit: 1000 }));
  });

  fastify.get('/leads/:id', async (request, reply) => {
    const params = idParams.safeParse(request.params);
    const detail = params.success ? await repository.findLeadDetail(params.data.id) : null;
    if (!detail) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'No such lead' });
    return detail;
  });

  fastify.get('/opt-outs', async (request, reply) => {
    const input = pageInput.safeParse(request.query);
    if (!input.success) return reply.code(400).send(badRequest(describeInvalid(input.error)));
    const { page, limit } = input.data;
    const rows = await repository.findOptOuts(limit + 1, (page - 1) * limit);
    return { optOuts: rows.slice(0, limit), nextPage: rows.length > limit ? page + 1 : null };
  });

  fastify.post('/leads/import', { bodyLimit: IMPORT_BODY_LIMIT }, async (request, reply) => {
    if (typeof request.body !== 'string') {
      return reply
        .code(415)
        .send({ statusCode: 415, error: 'Unsupported Media Type', message: 'send the file as text/csv' });
    }
    const result = await repository.importCsv(request.body);
    if (!result.ok) {
      request.outcome = { event: 'api.import_refused', reason: result.error };
      return reply.code(400).send(badRequest(result.error));
    }
    const { summary } = result;
    request.outcome = {
      event: 'api.import',
      rows: summary.rows,
      leads: summary.leads,
      messages: summary.messages,
      badRows: summary.errors.length,
    };
    return summary;
  });
};

export default leadRoutes;
