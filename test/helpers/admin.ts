import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { hashPassword } from '../../src/admin/password-hash.js';
import { signedForm, smsParams, uniqueMessageSid } from './twilio-requests.js';

export const ADMIN_USER = 'operator';
export const ADMIN_PASSWORD = 'correct horse battery staple';
export const ADMIN_API_TOKEN = 'api-token-' + 'a1b2c3d4'.repeat(5);
export const ADMIN_SESSION_SECRET = 'session-secret-' + 'e5f6a7b8'.repeat(5);

let hash: Promise<string> | undefined;
/** Hashed once per test file: scrypt is slow on purpose. */
export const adminPasswordHash = () => (hash ??= hashPassword(ADMIN_PASSWORD, { N: 2 ** 14, r: 8, p: 1 }));

export async function adminEnv(): Promise<Record<string, string>> {
  return {
    ADMIN_USER,
    ADMIN_PASSWORD_HASH: await adminPasswordHash(),
    ADMIN_SESSION_SECRET,
    ADMIN_API_TOKEN,
  };
}

export const bearer = { authorization: `Bearer ${ADMIN_API_TOKEN}` };

/** `name=value` pairs of the Set-Cookie headers, ready for a Cookie header. */
export function cookiesOf(response: LightMyRequestResponse): Record<string, string> {
  return Object.fromEntries(response.cookies.map((cookie) => [cookie.name, cookie.value]));
}

export const cookieHeader = (cookies: Record<string, string>) =>
  Object.entries(cookies)
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');

/** The CSRF token of the first form on a page. */
export function csrfOf(body: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(body);
  if (!match?.[1]) throw new Error('no _csrf field on the page');
  return match[1];
}

export interface AdminSession {
  cookie: string;
  csrf: string;
}

/** A loopback address of its own, so that log-ins of one test never count against the rate limit of another. */
export const uniqueAddress = () => `127.${randomBytes(3).join('.')}`;

/** Logs in through the form, as a browser does: GET the form, POST it with its token and cookie. */
export async function logIn(
  app: FastifyInstance,
  credentials: { user?: string; password?: string } = {},
): Promise<AdminSession> {
  const remoteAddress = uniqueAddress();
  const form = await app.inject({ method: 'GET', url: '/admin/login', remoteAddress });
  const response = await app.inject({
    method: 'POST',
    url: '/admin/login',
    remoteAddress,
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(cookiesOf(form)) },
    payload: new URLSearchParams({
      _csrf: csrfOf(form.body),
      user: credentials.user ?? ADMIN_USER,
      password: credentials.password ?? ADMIN_PASSWORD,
    }).toString(),
  });
  if (response.statusCode !== 303) throw new Error(`log-in failed: ${response.statusCode} ${response.body}`);
  const cookie = cookieHeader(cookiesOf(response));
  const page = await app.inject({ method: 'GET', url: '/admin/leads', headers: { cookie } });
  return { cookie, csrf: csrfOf(page.body) };
}

/** Posts a form of the admin view with the session's cookie and CSRF token. */
export function postForm(app: FastifyInstance, session: AdminSession, url: string, fields: Record<string, string>) {
  return app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: session.cookie },
    payload: new URLSearchParams({ _csrf: session.csrf, ...fields }).toString(),
  });
}

export const uniqueCampaign = () => `C${randomBytes(4).toString('hex')}`;

/** A reply as Twilio posts it, signed: the way leads, messages and interpretations come into being. */
export async function receiveSms(app: FastifyInstance, from: string, body: string, messageSid = uniqueMessageSid()) {
  const form = signedForm(smsParams({ from, body, messageSid }));
  const response = await app.inject({
    method: 'POST',
    url: '/webhook/sms-response',
    payload: form.payload,
    headers: form.headers,
  });
  if (response.statusCode !== 200) throw new Error(`SMS refused: ${response.statusCode} ${response.body}`);
  return messageSid;
}
