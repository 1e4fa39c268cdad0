import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_API_TOKEN,
  ADMIN_SESSION_SECRET,
  adminEnv,
  bearer,
  cookieHeader,
  cookiesOf,
  csrfOf,
  logIn,
  postForm,
  uniqueAddress,
} from '../helpers/admin.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { databaseKinds } from '../helpers/test-database.js';

/** Every route of the operator view, with a body where it takes one. */
const ADMIN_PAGES = [
  '/admin',
  '/admin/',
  '/admin/leads',
  '/admin/leads?status=interested',
  '/admin/leads/export.csv',
  '/admin/leads/1',
  '/admin/opt-outs',
  '/admin/corrections',
];
const ADMIN_FORMS = [
  '/admin/logout',
  '/admin/leads/1/status',
  '/admin/leads/1/clear-opt-out',
  '/admin/interpretations/1/intent',
];
const API_ROUTES: [string, string][] = [
  ['GET', '/api/leads'],
  ['GET', '/api/leads/export.csv'],
  ['GET', '/api/leads/1'],
  ['GET', '/api/opt-outs'],
  ['GET', '/api/corrections'],
  ['POST', '/api/leads/1/status'],
  ['POST', '/api/leads/1/clear-opt-out'],
  ['POST', '/api/interpretations/1/intent'],
  ['POST', '/api/leads/import'],
];

/** The routes the app really has under /admin and /api (from Fastify's route tree), so none added later escapes these tests. */
function registeredRoutes(t: TestApp): string[] {
  const segments: string[] = [];
  const routes: string[] = [];
  for (const line of t.app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^(.*?)[└├]── (.+?)(?: \(([^)]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    segments.splice(depth, segments.length, match[2] ?? '');
    const path = segments.join('');
    for (const method of match[3]?.split(', ') ?? []) routes.push(`${method} ${path}`);
  }
  return routes.filter((route) => / \/(admin|api)\b/.test(route) && !route.startsWith('HEAD'));
}

describe.each(databaseKinds())('operator view authorisation on the %s database', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, await adminEnv());
  });
  afterAll(async () => {
    await t.close();
  });

  it('when no credentials come with a request, then every admin page redirects to the log-in form and every form and API route is refused', async () => {
    const routes = registeredRoutes(t);
    const covered = new Set([
      ...ADMIN_PAGES.map((url) => `GET ${url.split('?')[0]}`),
      ...ADMIN_FORMS.map((url) => `POST ${url}`),
      ...API_ROUTES.map(([method, url]) => `${method} ${url}`),
      'GET /admin/login',
      'POST /admin/login',
      'GET /admin/assets/admin.css',
      'GET /admin/assets/icon.svg',
    ]);
    const concrete = (route: string) => route.replace(':id', '1');
    expect(routes.length).toBeGreaterThanOrEqual(covered.size - 1);
    expect(routes.map(concrete).filter((route) => !covered.has(route))).toEqual([]);

    for (const url of ADMIN_PAGES) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(302);
      expect(response.headers.location, url).toBe(`/admin/login?next=${encodeURIComponent(url)}`);
    }
    for (const url of ADMIN_FORMS) {
      const response = await t.app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'status=new&intent=interested&confirm=yes',
      });
      expect(response.statusCode, url).toBe(401);
    }
    for (const [method, url] of API_ROUTES) {
      const response = await t.app.inject({ method: method as 'GET' | 'POST', url, payload: {} });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Bearer realm="berinia-webhook"');
    }
    const logged = t.logs.lines.filter((line) => line.event === 'api.unauthorised');
    expect(logged.length).toBeGreaterThanOrEqual(API_ROUTES.length);
  });

  it('when the bearer token is wrong, a prefix of the real one, or sent as a cookie, then the API answers 401', async () => {
    for (const authorization of [
      'Bearer wrong-token-wrong-token-wrong-token',
      `Bearer ${ADMIN_API_TOKEN.slice(0, -1)}`,
      `Bearer ${ADMIN_API_TOKEN}x`,
      `Basic ${ADMIN_API_TOKEN}`,
      ADMIN_API_TOKEN,
    ]) {
      const response = await t.app.inject({ method: 'GET', url: '/api/leads', headers: { authorization } });
      expect(response.statusCode, authorization).toBe(401);
    }
    const session = await logIn(t.app);
    const withCookie = await t.app.inject({ method: 'GET', url: '/api/leads', headers: { cookie: session.cookie } });
    expect(withCookie.statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/leads', headers: bearer })).statusCode).toBe(200);
  });

  it('when the operator logs in, then the session cookie is signed, HttpOnly, SameSite=Strict and limited to /admin, and pages open', async () => {
    const remoteAddress = uniqueAddress();
    const form = await t.app.inject({ method: 'GET', url: '/admin/login?next=%2Fadmin%2Fopt-outs', remoteAddress });
    expect(form.statusCode).toBe(200);
    const response = await t.app.inject({
      method: 'POST',
      url: '/admin/login',
      remoteAddress,
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(cookiesOf(form)) },
      payload: new URLSearchParams({
        _csrf: csrfOf(form.body),
        user: 'operator',
        password: 'correct horse battery staple',
        next: '/admin/opt-outs',
      }).toString(),
    });

    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/admin/opt-outs');
    const session = response.cookies.find((cookie) => cookie.name === 'bw_admin_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/admin' });
    expect(session?.secure).toBeFalsy();
    expect(session?.value).toMatch(/\.[A-Za-z0-9+/_-]+$/);
    expect(JSON.stringify(response.cookies)).not.toContain(ADMIN_SESSION_SECRET);
    const page = await t.app.inject({
      method: 'GET',
      url: '/admin/opt-outs',
      headers: { cookie: cookieHeader(cookiesOf(response)) },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>Opt-outs</h1>');
    expect(t.logs.lines.find((line) => line.event === 'admin.login')).toMatchObject({
      statusCode: 303,
      user: 'operator',
    });
  });

  it('when the request came through the trusted proxy over HTTPS, then the session cookie is Secure', async () => {
    const proxied = await createTestApp(kind, { ...(await adminEnv()), TRUST_PROXY: '127.0.0.1' });
    try {
      const headers = { 'x-forwarded-proto': 'https' };
      const form = await proxied.app.inject({ method: 'GET', url: '/admin/login', headers });
      expect(form.cookies.find((cookie) => cookie.name === 'bw_admin_login')?.secure).toBe(true);
      const response = await proxied.app.inject({
        method: 'POST',
        url: '/admin/login',
        headers: {
          ...headers,
          'content-type': 'application/x-www-form-urlencoded',
          cookie: cookieHeader(cookiesOf(form)),
        },
        payload: new URLSearchParams({
          _csrf: csrfOf(form.body),
          user: 'operator',
          password: 'correct horse battery staple',
        }).toString(),
      });
      expect(response.statusCode).toBe(303);
      expect(response.cookies.find((cookie) => cookie.name === 'bw_admin_session')?.secure).toBe(true);
    } finally {
      await proxied.close();
    }
  });

  it('when the password or the user name is wrong, or the form token is missing, then there is no session', async () => {
    await expect(logIn(t.app, { password: 'wrong password wrong' })).rejects.toThrow(/log-in failed: 401/);
    await expect(logIn(t.app, { user: 'admin' })).rejects.toThrow(/log-in failed: 401/);
    const noToken = await t.app.inject({
      method: 'POST',
      url: '/admin/login',
      remoteAddress: uniqueAddress(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'user=operator&password=correct+horse+battery+staple',
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.cookies.find((cookie) => cookie.name === 'bw_admin_session')).toBeUndefined();
    const failures = t.logs.lines.filter((line) => line.event === 'admin.login_failed');
    expect(failures.length).toBeGreaterThanOrEqual(2);
    expect(t.logs.text()).not.toContain('wrong password wrong');
  });

  it('when a forged or tampered session cookie comes, then the page redirects to the log-in form', async () => {
    const session = await logIn(t.app);
    const [name, value = ''] = session.cookie.split('=');
    const [payload = '', signature = ''] = value.split('.');
    const forged = Buffer.from(JSON.stringify({ user: 'operator', sid: 'x', exp: 4_000_000_000 })).toString(
      'base64url',
    );
    for (const cookie of [
      `${name}=${forged}.${signature}`,
      `${name}=${payload}.AAAA${signature.slice(4)}`,
      `${name}=${payload}`,
    ]) {
      const response = await t.app.inject({ method: 'GET', url: '/admin/leads', headers: { cookie } });
      expect(response.statusCode, cookie).toBe(302);
    }
  });

  it('when a form is posted with a missing or foreign CSRF token, then it is refused with a 403 and nothing changes', async () => {
    const session = await logIn(t.app);
    const other = await logIn(t.app);
    for (const csrf of ['', 'not-a-token', other.csrf]) {
      const response = await postForm(t.app, { ...session, csrf }, '/admin/logout', {});
      expect(response.statusCode, csrf).toBe(403);
    }
    expect(t.logs.lines.filter((line) => line.event === 'admin.csrf_rejected').length).toBeGreaterThanOrEqual(3);
    const stillIn = await t.app.inject({ method: 'GET', url: '/admin/leads', headers: { cookie: session.cookie } });
    expect(stillIn.statusCode).toBe(200);
  });

  it('when an admin page answers, then it carries the CSP, anti-framing and no-store headers', async () => {
    const session = await logIn(t.app);
    for (const url of ['/admin/leads', '/admin/login']) {
      const response = await t.app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
    const api = await t.app.inject({ method: 'GET', url: '/api/leads', headers: bearer });
    expect(api.headers['cache-control']).toBe('no-store');
  });

  it('when the next page after log-in points elsewhere, then the operator lands on the leads instead', async () => {
    for (const next of ['https://evil.example/', '//evil.example/admin/', '/admin/login', '/webhook/sms-response']) {
      const remoteAddress = uniqueAddress();
      const form = await t.app.inject({ method: 'GET', url: '/admin/login', remoteAddress });
      const response = await t.app.inject({
        method: 'POST',
        url: '/admin/login',
        remoteAddress,
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(cookiesOf(form)) },
        payload: new URLSearchParams({
          _csrf: csrfOf(form.body),
          user: 'operator',
          password: 'correct horse battery staple',
          next,
        }).toString(),
      });
      expect(response.headers.location, next).toBe('/admin/leads');
    }
  });

  it('when one address tries to log in more than 10 times a minute, then it gets a 429 even with the right password', async () => {
    const remoteAddress = uniqueAddress();
    const attempt = async () => {
      const form = await t.app.inject({ method: 'GET', url: '/admin/login', remoteAddress });
      return t.app.inject({
        method: 'POST',
        url: '/admin/login',
        remoteAddress,
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(cookiesOf(form)) },
        payload: new URLSearchParams({
          _csrf: csrfOf(form.body),
          user: 'operator',
          password: 'wrong guess number n',
        }).toString(),
      });
    };
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) statuses.push((await attempt()).statusCode);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses[10]).toBe(429);
    const other = await logIn(t.app);
    expect(other.cookie).toContain('bw_admin_session=');
  });
});

describe('operator view switched off or half configured', () => {
  it('when neither ADMIN_PASSWORD_HASH nor ADMIN_API_TOKEN is set, then /admin and /api answer 404 as unknown paths do', async () => {
    const t = await createTestApp('embedded');
    try {
      for (const url of ['/admin', '/admin/login', '/admin/leads', '/api/leads', '/api/leads/import']) {
        const response = await t.app.inject({ method: 'GET', url, headers: bearer });
        expect(response.statusCode, url).toBe(404);
      }
    } finally {
      await t.close();
    }
  });

  it('when only the API token is set, then /api answers and /admin does not exist', async () => {
    const t = await createTestApp('embedded', { ADMIN_API_TOKEN });
    try {
      expect((await t.app.inject({ method: 'GET', url: '/api/leads', headers: bearer })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'GET', url: '/admin/login' })).statusCode).toBe(404);
    } finally {
      await t.close();
    }
  });

  it('when only the password is set, then /admin answers and /api does not exist', async () => {
    const { ADMIN_API_TOKEN: _token, ...env } = await adminEnv();
    const t = await createTestApp('embedded', env);
    try {
      expect((await t.app.inject({ method: 'GET', url: '/admin/login' })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'GET', url: '/api/leads', headers: bearer })).statusCode).toBe(404);
    } finally {
      await t.close();
    }
  });
});
