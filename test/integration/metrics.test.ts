import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { databaseKinds } from '../helpers/test-database.js';
import { PUBLIC_BASE_URL, signedForm, smsParams } from '../helpers/twilio-requests.js';

const SMS_ROUTE = '/webhook/sms-response';

/** The value of one sample in Prometheus text, matched on its exact label set; undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels);
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = new Map([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (present.size === wanted.length && wanted.every(([key, value]) => present.get(key) === value)) {
      return Number(match[3]);
    }
  }
  return undefined;
}

describe.each(databaseKinds())('GET /metrics on the %s database', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    // Backpressure has its own test; a PGlite boot in this process must not turn these requests into 503s.
    t = await createTestApp(kind, { PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0' });
  });
  afterAll(async () => {
    await t.close();
  });

  const scrape = async (app = t.app) => {
    const response = await app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode, response.body).toBe(200);
    return response.body;
  };
  const postSms = (form: { payload: string; headers: Record<string, string> }) =>
    t.app.inject({ method: 'POST', url: SMS_ROUTE, payload: form.payload, headers: form.headers });

  it('when scraped from this machine, then it answers Prometheus text with process metrics and the service metrics', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/metrics' });

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(sample(response.body, 'process_cpu_user_seconds_total')).toEqual(expect.any(Number));
    expect(sample(response.body, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    for (const type of [
      'berinia_webhook_http_requests_total counter',
      'berinia_webhook_http_request_duration_seconds histogram',
      'berinia_webhook_signature_failures_total counter',
      'berinia_webhook_interpretations_total counter',
      'berinia_webhook_opt_outs_total counter',
      'berinia_webhook_spooled_total counter',
      'berinia_webhook_spool_depth gauge',
    ]) {
      expect(response.body).toContain(`# TYPE ${type}`);
    }
    // Present at zero before anything happened, so that an alert on increase() sees the first event.
    expect(
      sample(response.body, 'berinia_webhook_signature_failures_total', { reason: 'mismatch' }),
    ).toBeGreaterThanOrEqual(0);
    expect(
      sample(response.body, 'berinia_webhook_interpretations_total', { intent: 'opt_out' }),
    ).toBeGreaterThanOrEqual(0);
    expect(sample(response.body, 'berinia_webhook_spool_depth')).toBe(0);
  });

  it('when scraped from another address, then it answers 404 as an unknown route does, and the attempt is logged', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '203.0.113.9' });

    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ statusCode: 404, error: 'Not Found', message: 'Route GET /metrics not found' });
    expect(response.body).not.toContain('process_cpu');
    const logged = t.logs.lines.find((line) => line.path === '/metrics' && line.statusCode === 404);
    expect(logged).toMatchObject({ event: 'http.not_found', level: 'warn' });
  });

  it('when a request reaches it through a proxy on this machine (X-Forwarded-For), then it answers 404', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { 'x-forwarded-for': '198.51.100.7' },
    });

    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('process_cpu');
  });

  it('when a lead says "Oui ça m\'intéresse", then the request, its latency and the interpretation are counted once', async () => {
    const before = await scrape();
    const ok = { method: 'POST', route: SMS_ROUTE, status_code: '200' };
    const timing = { method: 'POST', route: SMS_ROUTE };

    const response = await postSms(signedForm(smsParams({ body: "Oui ça m'intéresse" })));

    expect(response.statusCode).toBe(200);
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string>) =>
      (sample(after, name, labels) ?? 0) - (sample(before, name, labels) ?? 0);
    expect(delta('berinia_webhook_http_requests_total', ok)).toBe(1);
    expect(delta('berinia_webhook_http_request_duration_seconds_count', timing)).toBe(1);
    expect(delta('berinia_webhook_http_request_duration_seconds_bucket', { ...timing, le: '+Inf' })).toBe(1);
    expect(delta('berinia_webhook_interpretations_total', { intent: 'interested' })).toBe(1);
    expect(delta('berinia_webhook_opt_outs_total', {})).toBe(0);
    expect(delta('berinia_webhook_signature_failures_total', { reason: 'mismatch' })).toBe(0);
    // One message alone: one statement, which reads and writes the lead with the message.
    expect(delta('berinia_webhook_db_hot_path_statements_total', { statement: 'inbound_write' })).toBe(1);
    expect(delta('berinia_webhook_db_hot_path_items_total', { statement: 'inbound_write' })).toBe(1);
    expect(delta('berinia_webhook_db_hot_path_statements_total', { statement: 'lead_context' })).toBe(0);
  });

  it('when requests are signed for another URL or not signed, then each signature failure is counted by reason', async () => {
    const before = await scrape();

    const wrongUrl = await postSms(signedForm(smsParams({ body: 'oui' }), { url: `${PUBLIC_BASE_URL}/other` }));
    const unsigned = signedForm(smsParams({ body: 'oui' }));
    delete unsigned.headers['x-twilio-signature'];
    const missing = await postSms(unsigned);

    expect([wrongUrl.statusCode, missing.statusCode]).toEqual([403, 403]);
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string>) =>
      (sample(after, name, labels) ?? 0) - (sample(before, name, labels) ?? 0);
    expect(delta('berinia_webhook_signature_failures_total', { reason: 'mismatch' })).toBe(1);
    expect(delta('berinia_webhook_signature_failures_total', { reason: 'missing' })).toBe(1);
    expect(delta('berinia_webhook_http_requests_total', { method: 'POST', route: SMS_ROUTE, status_code: '403' })).toBe(
      2,
    );
    expect(delta('berinia_webhook_interpretations_total', { intent: 'interested' })).toBe(0);
  });

  it('when a lead answers STOP and Twilio delivers it twice, then one opt-out is counted', async () => {
    const before = await scrape();
    const form = signedForm(smsParams({ body: 'STOP' }));

    expect((await postSms(form)).statusCode).toBe(200);
    expect((await postSms(form)).statusCode).toBe(200);

    const after = await scrape();
    const delta = (name: string, labels: Record<string, string>) =>
      (sample(after, name, labels) ?? 0) - (sample(before, name, labels) ?? 0);
    expect(delta('berinia_webhook_opt_outs_total', {})).toBe(1);
    expect(delta('berinia_webhook_interpretations_total', { intent: 'opt_out' })).toBe(1);
    expect(delta('berinia_webhook_http_requests_total', { method: 'POST', route: SMS_ROUTE, status_code: '200' })).toBe(
      2,
    );
  });

  it('when scanners try paths that do not exist, then they all share the route label "unmatched"', async () => {
    const before = await scrape();
    for (const url of ['/admin', '/api/logs', '/.env', '/wp-login.php']) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(404);
    }

    const after = await scrape();
    const labels = { method: 'GET', route: 'unmatched', status_code: '404' };
    expect(
      (sample(after, 'berinia_webhook_http_requests_total', labels) ?? 0) -
        (sample(before, 'berinia_webhook_http_requests_total', labels) ?? 0),
    ).toBe(4);
    expect(after).not.toContain('wp-login');
  });

  it('reports the database pool where there is one (PostgreSQL), and nothing about it on the embedded database', async () => {
    const text = await scrape();

    if (kind === 'postgres') {
      expect(sample(text, 'berinia_webhook_db_pool_clients', { state: 'idle' })).toBeGreaterThanOrEqual(0);
      expect(sample(text, 'berinia_webhook_db_pool_clients', { state: 'busy' })).toBeGreaterThanOrEqual(0);
      expect(sample(text, 'berinia_webhook_db_pool_clients', { state: 'waiting' })).toBe(0);
    } else {
      expect(text).not.toMatch(/^berinia_webhook_db_pool_clients/m);
    }
  });

  it('when the service is under pressure, then requests are refused with 503 and counted, and /metrics still answers', async () => {
    // 1 MiB of RSS: always above, so every request meets the pressure handler once load is sampled.
    const pressed = await createTestApp('embedded', {
      PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0',
      PRESSURE_MAX_RSS_MB: '1',
    });
    try {
      const deadline = Date.now() + 10_000;
      let status = 0;
      while (status !== 503 && Date.now() < deadline) {
        status = (await pressed.app.inject({ method: 'GET', url: '/health' })).statusCode;
        if (status !== 503) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(status).toBe(503);

      const text = await scrape(pressed.app);

      expect(
        sample(text, 'berinia_webhook_http_requests_total', { method: 'GET', route: '/health', status_code: '503' }),
      ).toBeGreaterThanOrEqual(1);
    } finally {
      await pressed.close();
    }
  });

  it('when a second app is built in the same process, then each counts only its own requests', async () => {
    const other = await createTestApp('embedded', { PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0' });
    try {
      const labels = { method: 'GET', route: '/health', status_code: '200' };
      const before = sample(await scrape(), 'berinia_webhook_http_requests_total', labels) ?? 0;

      expect((await other.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);

      expect(sample(await scrape(other.app), 'berinia_webhook_http_requests_total', labels)).toBe(1);
      expect(sample(await scrape(), 'berinia_webhook_http_requests_total', labels) ?? 0).toBe(before);
    } finally {
      await other.close();
    }
  });
});
