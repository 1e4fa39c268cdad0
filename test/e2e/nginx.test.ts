import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { promisify } from 'node:util';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smsParams } from '../helpers/twilio-requests.js';
import {
  childEnv,
  freePort,
  killLeftoverProcesses,
  PROJECT_ROOT,
  SpawnedProcess,
  waitFor,
} from './helpers/processes.js';
import { tempDir } from './helpers/server-storage.js';
import { SMS_PATH, startWebhookServer, type WebhookServer } from './helpers/webhook-server.js';

const NGINX = '/usr/sbin/nginx';
const SITE_FILE = path.join(PROJECT_ROOT, 'deploy/nginx/berinia-webhook.conf');
const CI = process.env.CI === 'true';

interface SitePaths {
  httpsPort: number;
  httpPort: number;
  servicePort: number;
  certificate: string;
  key: string;
  dir: string;
}

/**
 * The shipped site with only what cannot be used here replaced: ports, the
 * upstream's port, certificate, log and webroot paths. Every replacement must
 * find its text, so a change to the shipped file that the test would miss
 * fails here instead.
 */
function renderSite(site: string, paths: SitePaths): string {
  const replacements: [string, string][] = [
    ['/etc/letsencrypt/live/sms.example.com/fullchain.pem', paths.certificate],
    ['/etc/letsencrypt/live/sms.example.com/privkey.pem', paths.key],
    ['sms.example.com', 'localhost'],
    ['listen 443 ssl;', `listen 127.0.0.1:${paths.httpsPort} ssl;`],
    ['listen [::]:443 ssl;', ''],
    ['listen 80;', `listen 127.0.0.1:${paths.httpPort};`],
    ['listen [::]:80;', ''],
    ['server 127.0.0.1:8001;', `server 127.0.0.1:${paths.servicePort};`],
    ['/var/log/nginx/', `${paths.dir}/logs/`],
    ['/var/www/html', `${paths.dir}/acme`],
  ];
  let rendered = site;
  for (const [from, to] of replacements) {
    if (!rendered.includes(from)) throw new Error(`${SITE_FILE} no longer contains "${from}": update renderSite`);
    rendered = rendered.split(from).join(to);
  }
  const directives = rendered.replace(/#.*$/gm, '');
  const leftover = /(\/etc\/|\/var\/|:443\b|:8001\b|\blisten 80\b)/.exec(directives);
  if (leftover) throw new Error(`rendered site still refers to "${leftover[0]}"`);
  return rendered;
}

/** A main nginx.conf around the site, with every path nginx writes inside the temporary directory. */
function mainConfig(dir: string, site: string): string {
  const temp = (name: string) => `${name}_temp_path ${dir}/temp/${name};`;
  return [
    // As root, workers would switch to "nobody", which cannot read the 0700 temporary directory.
    process.getuid?.() === 0 ? 'user root;' : '',
    'worker_processes 1;',
    'daemon off;',
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/logs/error.log warn;`,
    'events { worker_connections 64; }',
    'http {',
    `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}`,
    `  include ${site};`,
    '}',
    '',
  ].join('\n');
}

interface HttpsAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** HTTPS to Nginx on loopback, trusting the test's self-signed certificate for "localhost" only. */
function httpsRequest(
  port: number,
  ca: string,
  request: { method: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<HttpsAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = https.request(
      {
        host: '127.0.0.1',
        servername: 'localhost',
        port,
        method: request.method,
        path: request.path,
        ca,
        agent: false,
        timeout: 15_000,
        headers: { host: `localhost:${port}`, ...request.headers },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
        response.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`${request.method} ${request.path} timed out`)));
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

/** Nginx's own error page is HTML; the service always answers JSON or TwiML. */
function answeredByNginx(answer: HttpsAnswer): boolean {
  return (
    String(answer.headers['content-type']).startsWith('text/html') && answer.body.includes('<center>nginx</center>')
  );
}

describe('the shipped Nginx site, as written', () => {
  it('proxies only /webhook/ (and serves the ACME challenge); everything else is a 404 from Nginx', async () => {
    const site = await readFile(SITE_FILE, 'utf8');
    const locations = [...site.matchAll(/^\s*location\s+(\S+)\s*\{/gm)].map((match) => match[1]);
    expect(locations.sort()).toEqual(['/', '/', '/.well-known/acme-challenge/', '/webhook/']);
    expect(site.match(/proxy_pass/g)).toHaveLength(1);
    expect(site).toMatch(/location \/ \{\s*return 404;\s*\}/);
  });

  it("keeps every timeout under Twilio's 15 s, the body small and the request rate limited", async () => {
    const site = await readFile(SITE_FILE, 'utf8');
    const timeouts = [...site.matchAll(/^\s*(\w+_timeout) (\d+)s;/gm)].map(
      (match) => [match[1] ?? '', Number(match[2])] as const,
    );
    expect(timeouts.map(([name]) => name)).toEqual(
      expect.arrayContaining(['proxy_connect_timeout', 'proxy_read_timeout', 'proxy_send_timeout']),
    );
    for (const [name, seconds] of timeouts) {
      if (name !== 'keepalive_timeout') expect([name, seconds < 15]).toEqual([name, true]);
    }
    expect(site).toMatch(/client_max_body_size (\d+)k;/);
    expect(Number(/client_max_body_size (\d+)k;/.exec(site)?.[1])).toBeLessThanOrEqual(64);
    expect(site).toMatch(/limit_req_zone .* zone=berinia_webhook:/);
    expect(site).toMatch(/limit_req zone=berinia_webhook /);
  });

  it('renders for a test run with every replaced text found and nothing left pointing at the host', async () => {
    const site = await readFile(SITE_FILE, 'utf8');
    const paths = { httpsPort: 1, httpPort: 2, servicePort: 3, certificate: '/t/c', key: '/t/k', dir: '/t' };
    expect(() => renderSite(site, paths)).not.toThrow();
  });
});

if (existsSync(NGINX)) {
  describe('Nginx in front of the real service, with the shipped site', () => {
    let dir: string;
    let ca: string;
    let token: string;
    let server: WebhookServer | undefined;
    let nginx: SpawnedProcess | undefined;
    let httpsPort: number;
    let httpPort: number;
    let publicUrl: string;

    beforeAll(async () => {
      dir = await tempDir('berinia-nginx-');
      for (const sub of ['logs', 'acme', 'temp', 'data']) await mkdir(path.join(dir, sub));
      const certificate = path.join(dir, 'cert.pem');
      const key = path.join(dir, 'key.pem');
      await promisify(execFile)(
        'openssl',
        [
          ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost'],
          ...['-addext', 'subjectAltName=DNS:localhost', '-keyout', key, '-out', certificate],
        ],
        { timeout: 30_000 },
      );
      ca = await readFile(certificate, 'utf8');

      httpsPort = await freePort();
      httpPort = await freePort();
      publicUrl = `https://localhost:${httpsPort}`;
      token = randomBytes(24).toString('hex');
      server = await startWebhookServer({
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
        TWILIO_AUTH_TOKEN: token,
        DATA_DIR: path.join(dir, 'data'),
        PUBLIC_BASE_URL: publicUrl,
        TRUST_PROXY: 'true',
        // Other suites boot databases on the same two cores; backpressure 503s are not what this suite is about.
        PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0',
      });

      const site = renderSite(await readFile(SITE_FILE, 'utf8'), {
        httpsPort,
        httpPort,
        servicePort: server.port,
        certificate,
        key,
        dir,
      });
      await writeFile(path.join(dir, 'berinia-webhook.conf'), site);
      await writeFile(path.join(dir, 'nginx.conf'), mainConfig(dir, path.join(dir, 'berinia-webhook.conf')));
      const args = ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'logs/error.log')];
      nginx = new SpawnedProcess(NGINX, args, { env: childEnv({}), group: true });
      const started = nginx;
      await waitFor(
        `Nginx to answer on https://localhost:${httpsPort}`,
        async () => {
          if (!started.running) throw new Error(`nginx exited\n${started.describe()}`);
          return httpsRequest(httpsPort, ca, { method: 'GET', path: '/' }).catch(() => undefined);
        },
        { intervalMs: 100, explain: () => started.describe() },
      );
    });

    afterAll(async () => {
      // SIGQUIT: Nginx's graceful stop, workers included.
      nginx?.signal('SIGQUIT');
      await nginx?.finished().catch(() => undefined);
      await server?.stop().catch(() => undefined);
      await killLeftoverProcesses();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    const postThroughNginx = (params: Record<string, string>, signature: string) =>
      httpsRequest(httpsPort, ca, {
        method: 'POST',
        path: SMS_PATH,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
        body: new URLSearchParams(params).toString(),
      });

    it('when a request is signed for the public https:// URL, then it goes through Nginx and is accepted', async () => {
      const params = smsParams({ body: "Oui ça m'intéresse" });
      const signature = twilio.getExpectedTwilioSignature(token, publicUrl + SMS_PATH, params);

      const response = await postThroughNginx(params, signature);

      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/xml/);
      expect(response.body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
      const logged = await server!.waitForLog('sms.received', (line) => line.messageSid === params.MessageSid);
      expect(logged).toMatchObject({ event: 'sms.received', statusCode: 200, intent: 'interested' });
    });

    it('when a request is signed for the URL the service listens on instead, then it is refused with 403', async () => {
      const params = smsParams({ body: 'oui' });
      const signature = twilio.getExpectedTwilioSignature(token, server!.smsUrl, params);

      const response = await postThroughNginx(params, signature);

      expect(response.status).toBe(403);
      const logged = await server!.waitForLog(
        'sms.rejected_signature',
        (line) => line.event === 'sms.rejected_signature' && line.statusCode === 403,
      );
      expect(logged).toMatchObject({ level: 'warn', reason: 'mismatch', signedUrl: publicUrl + SMS_PATH });
    });

    it('when /metrics is asked through Nginx, then Nginx answers 404, while the service serves it on loopback', async () => {
      const throughNginx = await httpsRequest(httpsPort, ca, { method: 'GET', path: '/metrics' });
      const direct = await fetch(`${server!.baseUrl}/metrics`, { signal: AbortSignal.timeout(5000) });

      expect(throughNginx.status).toBe(404);
      expect(answeredByNginx(throughNginx)).toBe(true);
      expect(direct.status).toBe(200);
      expect(await direct.text()).toContain('berinia_webhook_http_requests_total');
    });

    it('when anything but /webhook/ is asked, then Nginx answers 404 without asking the service', async () => {
      for (const requestPath of ['/admin', '/api/logs', '/health', '/internal/messages/SM1', '/']) {
        const response = await httpsRequest(httpsPort, ca, { method: 'GET', path: requestPath });
        expect([requestPath, response.status, answeredByNginx(response)]).toEqual([requestPath, 404, true]);
      }
    });

    it('when a body exceeds client_max_body_size, then Nginx refuses it with 413', async () => {
      const response = await postThroughNginx({ Body: 'x'.repeat(100 * 1024) }, 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=');

      expect(response.status).toBe(413);
    });

    it('when someone calls the plain http:// port, then they are sent to https://', async () => {
      const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
        const outgoing = http.get(
          { host: '127.0.0.1', port: httpPort, path: SMS_PATH, headers: { host: 'localhost' }, agent: false },
          (incoming) => resolve(incoming.resume()),
        );
        outgoing.on('error', reject);
      });

      expect(response.statusCode).toBe(301);
      expect(response.headers.location).toBe(`https://localhost${SMS_PATH}`);
    });
  });
} else if (CI) {
  describe('Nginx in front of the real service, with the shipped site', () => {
    it('runs in CI, which must have Nginx', () => {
      throw new Error(`${NGINX} is missing; CI=true requires this suite (apt-get install nginx-light openssl)`);
    });
  });
} else {
  process.stderr.write(
    `\n[berinia-webhook tests] ${NGINX} is not installed: the Nginx end-to-end suite did not run (CI installs nginx-light and runs it).\n\n`,
  );
}
