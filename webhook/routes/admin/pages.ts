import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { leadFilterSchema, type LeadFilters } from '../../../src/admin/lead-filters.js';
import { ADMIN_CSS, ADMIN_ICON } from '../../admin/admin-css.js';
import { sendLeadsCsv } from '../../admin/csv-response.js';
import type { Html } from '../../admin/html.js';
import { correctionsInput, describeInvalid, idParams, pageInput } from '../../admin/inputs.js';
import { leadPage } from '../../admin/lead-page.js';
import { leadsPage } from '../../admin/leads-page.js';
import type { PageContext } from '../../admin/layout.js';
import { messagePage } from '../../admin/layout.js';
import { correctionsPage, optOutsPage } from '../../admin/lists-pages.js';
import type { SessionCodec } from '../../admin/session.js';

export const sendHtml = (reply: FastifyReply, page: Html, status = 200) =>
  reply.code(status).type('text/html; charset=utf-8').send(page.value);

export function pageContext(request: FastifyRequest, codec: SessionCodec): PageContext {
  const session = request.adminSession;
  return session ? { user: session.user, csrf: codec.csrfToken(session) } : {};
}

const pageRoutes: FastifyPluginAsync<{ codec: SessionCodec }> = async (fastify, { codec }) => {
  const repository = fastify.adminRepository;
  const invalid = (request: FastifyRequest, reply: FastifyReply, message: string) =>
    sendHtml(reply, messagePage('Invalid request', pageContext(request, codec), message), 400);

  fastify.get('/assets/admin.css', { config: { adminPublic: true } }, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(ADMIN_CSS),
  );

  fastify.get('/assets/icon.svg', { config: { adminPublic: true } }, async (_request, reply) =>
    reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(ADMIN_ICON),
  );

  fastify.get('/', async (_request, reply) => reply.redirect('/admin/leads', 302));

  fastify.get('/leads', async (request, reply) => {
    const filters = leadFilterSchema.safeParse(request.query);
    if (!filters.success) return invalid(request, reply, describeInvalid(filters.error));
    const [page, campaigns] = await Promise.all([repository.findLeadPage(filters.data), repository.findCampaignIds()]);
    if (!page) return invalid(request, reply, 'This page link is not valid any more: start from the first page.');
    request.outcome = { event: 'admin.leads_listed', count: page.leads.length };
    return sendHtml(reply, leadsPage(pageContext(request, codec), filters.data, page, campaigns));
  });

  fastify.get('/leads/export.csv', async (request, reply) => {
    const filters = leadFilterSchema.safeParse(request.query);
    if (!filters.success) return invalid(request, reply, describeInvalid(filters.error));
    const { cursor: _cursor, ...all }: LeadFilters = filters.data;
    request.outcome = { event: 'admin.leads_exported', user: request.adminSession?.user };
    return sendLeadsCsv(reply, repository.exportLeads({ ...all, limit: 1000 }));
  });

  fastify.get('/leads/:id', async (request, reply) => {
    const params = idParams.safeParse(request.params);
    const detail = params.success ? await repository.findLeadDetail(params.data.id) : null;
    if (!detail)
      return sendHtml(reply, messagePage('Not found', pageContext(request, codec), 'There is no such lead.'), 404);
    const saved = (request.query as Record<string, unknown>).saved === '1';
    return sendHtml(reply, leadPage(pageContext(request, codec), detail, { saved }));
  });

  fastify.get('/opt-outs', async (request, reply) => {
    const input = pageInput.safeParse(request.query);
    if (!input.success) return invalid(request, reply, describeInvalid(input.error));
    const { page, limit } = input.data;
    const rows = await repository.findOptOuts(limit + 1, (page - 1) * limit);
    return sendHtml(reply, optOutsPage(pageContext(request, codec), rows.slice(0, limit), page, rows.length > limit));
  });

  fastify.get('/corrections', async (request, reply) => {
    const input = correctionsInput.safeParse(request.query);
    if (!input.success) return invalid(request, reply, describeInvalid(input.error));
    const rows = await repository.listCorrections(input.data.limit + 1, input.data.before);
    const shown = rows.slice(0, input.data.limit);
    const nextBefore = rows.length > input.data.limit ? (shown.at(-1)?.id ?? null) : null;
    return sendHtml(reply, correctionsPage(pageContext(request, codec), shown, nextBefore));
  });
};

export default pageRoutes;
