import type { FastifyReply, FastifyRequest } from 'fastify';
import { messagePage } from './layout.js';
import { SESSION_COOKIE, type AdminSession, type SessionCodec } from './session.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The operator's session, set by the admin routes' authentication hook. */
    adminSession: AdminSession | null;
  }
  interface FastifyContextConfig {
    /** An admin route reachable without a session: the log-in form, the stylesheet. */
    adminPublic?: boolean;
  }
}

const sendPage = (reply: FastifyReply, status: number, title: string, message: string) =>
  reply
    .code(status)
    .type('text/html; charset=utf-8')
    .send(messagePage(title, {}, message).value);

/** No session: a page asks for the log-in form (and comes back after it), anything else is a 401. */
export function authenticate(codec: SessionCodec, clock: () => Date) {
  return async function (request: FastifyRequest, reply: FastifyReply) {
    if (request.routeOptions.config.adminPublic) return;
    const raw = request.cookies[SESSION_COOKIE];
    const unsigned = raw ? request.unsignCookie(raw) : null;
    const session = unsigned?.valid && unsigned.value ? codec.read(unsigned.value, clock()) : null;
    if (session) {
      request.adminSession = session;
      return;
    }
    request.outcome = { event: 'admin.unauthenticated', hadCookie: raw !== undefined };
    if (request.method === 'GET' || request.method === 'HEAD') {
      return reply.redirect(`/admin/login?next=${encodeURIComponent(request.url)}`, 302);
    }
    return sendPage(reply, 401, 'Log in first', 'Your session has ended: log in again.');
  };
}

/** Every POST behind the session carries the session's CSRF token in `_csrf`, or is refused. */
export function requireCsrf(codec: SessionCodec) {
  return async function (request: FastifyRequest, reply: FastifyReply) {
    if (request.method !== 'POST' || request.routeOptions.config.adminPublic) return;
    const token = (request.body as Record<string, unknown> | undefined)?._csrf;
    if (request.adminSession && codec.checkCsrf(request.adminSession, token)) return;
    request.outcome = { event: 'admin.csrf_rejected', level: 'warn' };
    return sendPage(
      reply,
      403,
      'Refused',
      'This form is stale or did not come from this site: reload the page and try again.',
    );
  };
}
