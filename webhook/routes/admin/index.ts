import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsync } from 'fastify';
import { parseFormBody, type FormLimits } from '../../form-body-parser.js';
import { authenticate, requireCsrf } from '../../admin/auth-hooks.js';
import { securityHeaders } from '../../admin/security-headers.js';
import { createSessionCodec } from '../../admin/session.js';
import formRoutes from './forms.js';
import loginRoutes from './login.js';
import pageRoutes from './pages.js';

export interface AdminRoutesOptions {
  user: string;
  passwordHash: string;
  sessionSecret: string;
  clock?: () => Date;
  loginAttemptsPerMinute?: number;
}

/** The operator's forms are a handful of short fields. */
const ADMIN_FORM_LIMITS: FormLimits = { maxParameters: 20, maxNameLength: 32, maxValueLength: 2048 };

/**
 * /admin: server-rendered pages behind a signed session cookie. Encapsulated:
 * cookies, the form parser, the log-in rate limit, the security headers and
 * the session and CSRF checks exist only here.
 */
const adminRoutes: FastifyPluginAsync<AdminRoutesOptions> = async (fastify, options) => {
  const clock = options.clock ?? (() => new Date());
  const codec = createSessionCodec(options.sessionSecret, options.passwordHash, options.user);
  await fastify.register(cookie, { secret: codec.cookieKey, hook: 'onRequest' });
  await fastify.register(rateLimit, { global: false });

  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'buffer', bodyLimit: 16 * 1024 },
    (_request, body, done) => {
      try {
        done(null, parseFormBody(body as Buffer, ADMIN_FORM_LIMITS));
      } catch (error) {
        done(error as Error, undefined);
      }
    },
  );
  fastify.decorateRequest('adminSession', null);
  fastify.addHook('onSend', securityHeaders);
  fastify.addHook('onRequest', authenticate(codec, clock));
  fastify.addHook('preHandler', requireCsrf(codec));

  await fastify.register(loginRoutes, {
    codec,
    user: options.user,
    passwordHash: options.passwordHash,
    clock,
    attemptsPerMinute: options.loginAttemptsPerMinute ?? 10,
  });
  await fastify.register(pageRoutes, { codec });
  await fastify.register(formRoutes, { codec });
};

export default adminRoutes;
