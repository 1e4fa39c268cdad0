import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { parsePasswordHash, verifyPassword } from '../../../src/admin/password-hash.js';
import { loginPage } from '../../admin/login-page.js';
import { LOGIN_COOKIE, SESSION_COOKIE, SESSION_SECONDS, safeEqual, type SessionCodec } from '../../admin/session.js';

export interface LoginRoutesOptions {
  codec: SessionCodec;
  user: string;
  passwordHash: string;
  clock: () => Date;
  /** Log-in attempts allowed per client address and minute. */
  attemptsPerMinute: number;
}

const loginInput = z.object({
  user: z.string().max(200).default(''),
  password: z.string().max(1000).default(''),
  _csrf: z.string().max(200).optional(),
  next: z.string().max(2000).optional(),
});

/** Back where the operator was going, but only ever to a page of this view (no open redirect). */
export function safeNext(next: string | undefined): string {
  if (!next || !next.startsWith('/admin/') || next.startsWith('/admin/login') || /[\\\s]|^\/\//.test(next)) {
    return '/admin/leads';
  }
  return next;
}

const cookieOptions = (request: FastifyRequest, path: string, maxAge: number) => ({
  path,
  httpOnly: true,
  sameSite: 'strict' as const,
  // request.protocol believes X-Forwarded-Proto only from the proxies TRUST_PROXY names.
  secure: request.protocol === 'https',
  signed: true,
  maxAge,
});

const loginRoutes: FastifyPluginAsync<LoginRoutesOptions> = async (fastify, options) => {
  const { codec } = options;
  const stored = parsePasswordHash(options.passwordHash);
  if (!stored) throw new Error('ADMIN_PASSWORD_HASH is not a valid hash');

  /** A fresh form: its token is bound to a nonce in a cookie only /admin/login receives. */
  function sendForm(
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    extra: { error?: string; next?: string },
  ) {
    const nonce = codec.loginNonce();
    void reply.setCookie(LOGIN_COOKIE, nonce, cookieOptions(request, '/admin/login', 3600));
    const page = loginPage({ token: codec.loginToken(nonce), next: safeNext(extra.next), error: extra.error });
    return reply.code(status).type('text/html; charset=utf-8').send(page.value);
  }

  fastify.get<{ Querystring: { next?: string } }>('/login', { config: { adminPublic: true } }, async (request, reply) =>
    sendForm(request, reply, 200, { next: typeof request.query.next === 'string' ? request.query.next : undefined }),
  );

  const rateLimit = {
    max: options.attemptsPerMinute,
    timeWindow: 60_000,
    errorResponseBuilder: (_request: FastifyRequest, context: { after: string }) => ({
      statusCode: 429,
      error: 'Too Many Requests',
      message: `Too many log-in attempts: try again in ${context.after}`,
    }),
  };
  fastify.post('/login', { config: { adminPublic: true, rateLimit } }, async (request, reply) => {
    const parsed = loginInput.safeParse(request.body ?? {});
    const input = parsed.success ? parsed.data : { user: '', password: '', _csrf: undefined, next: undefined };
    const rawNonce = request.cookies[LOGIN_COOKIE];
    const unsigned = rawNonce ? request.unsignCookie(rawNonce) : null;
    const nonce = unsigned?.valid ? unsigned.value : null;
    if (!codec.checkLoginToken(nonce, input._csrf)) {
      request.outcome = { event: 'admin.login_refused', level: 'warn', reason: 'csrf' };
      return sendForm(request, reply, 403, { error: 'The form expired: log in again.', next: input.next });
    }
    // Both checks always run, so the answer takes as long for a wrong user as for a wrong password.
    const passwordOk = await verifyPassword(input.password, stored);
    const userOk = safeEqual(input.user, options.user);
    if (!passwordOk || !userOk) {
      request.outcome = { event: 'admin.login_failed', level: 'warn', ip: request.ip };
      return sendForm(request, reply, 401, { error: 'Wrong user name or password.', next: input.next });
    }
    const { value } = codec.issue(options.clock());
    void reply.clearCookie(LOGIN_COOKIE, { path: '/admin/login' });
    void reply.setCookie(SESSION_COOKIE, value, cookieOptions(request, '/admin', SESSION_SECONDS));
    request.outcome = { event: 'admin.login', user: options.user, ip: request.ip };
    return reply.redirect(safeNext(input.next), 303);
  });

  fastify.post('/logout', async (request, reply) => {
    void reply.clearCookie(SESSION_COOKIE, { path: '/admin' });
    request.outcome = { event: 'admin.logout', user: request.adminSession?.user };
    return reply.redirect('/admin/login', 303);
  });
};

export default loginRoutes;
