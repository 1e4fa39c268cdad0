import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createLogger, loggerOptions } from '../../src/logger.js';

/** What the logger wrote, one parsed line each, without the time (it differs between two loggers). */
function memoryLogger(make: (stream: Writable) => pino.Logger) {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  const logger = make(stream);
  const lines = () =>
    chunks
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const { time: _time, ...rest } = JSON.parse(line) as Record<string, unknown>;
        return rest;
      });
  return { logger, lines };
}

/**
 * The redaction as pino's own wildcard paths expressed it before they were
 * replaced for speed: the specification the faster code must meet exactly.
 */
const WILDCARD_SPECIFICATION = [
  'req.headers["x-twilio-signature"]',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers["x-twilio-signature"]',
  'headers.authorization',
  '*.authToken',
  '*.authTokens',
  '*.apiKey',
  '*.password',
  '*.token',
  '*.signature',
  '*.TWILIO_AUTH_TOKEN',
  '*.TWILIO_TOKEN',
  '*.LLM_API_KEY',
  '*.DB_PASSWORD',
  '*.DATABASE_URL',
  '*.passwordHash',
  '*.sessionSecret',
  '*.apiToken',
  '*.ADMIN_PASSWORD_HASH',
  '*.ADMIN_SESSION_SECRET',
  '*.ADMIN_API_TOKEN',
  'authToken',
  'apiKey',
  'password',
  'signature',
  'body.Body',
  'body.From',
  'body.To',
  '*.raw_data',
  '*.content',
];

const SECRET = 'very-secret-value';

const SAMPLE_LINES: Record<string, unknown>[] = [
  { event: 'config.loaded', twilio: { authToken: SECRET, accountSid: 'AC1' }, database: { DATABASE_URL: SECRET } },
  { event: 'x', authToken: SECRET, apiKey: SECRET, password: SECRET, signature: SECRET, token: 'top-level-kept' },
  { event: 'x', env: { TWILIO_AUTH_TOKEN: SECRET, TWILIO_TOKEN: SECRET, LLM_API_KEY: SECRET, DB_PASSWORD: SECRET } },
  { event: 'x', admin: { passwordHash: SECRET, sessionSecret: SECRET, apiToken: SECRET, user: 'ops' } },
  { event: 'x', env: { ADMIN_PASSWORD_HASH: SECRET, ADMIN_SESSION_SECRET: SECRET, ADMIN_API_TOKEN: SECRET } },
  { event: 'x', normalised: { sender: '+33612345678', content: SECRET, raw_data: { Body: SECRET } } },
  { event: 'x', req: { headers: { 'x-twilio-signature': SECRET, authorization: SECRET, cookie: SECRET, host: 'h' } } },
  { event: 'x', headers: { 'x-twilio-signature': SECRET, authorization: SECRET, accept: '*/*' } },
  { event: 'x', body: { Body: SECRET, From: SECRET, To: SECRET, MessageSid: 'SM1' } },
  { event: 'x', list: [{ token: 'inside-an-array-kept' }], deep: { inner: { token: 'two-levels-down-kept' } } },
  { event: 'x', auth: { authTokens: [SECRET, SECRET], signature: SECRET } },
  { event: 'sms.received', messageSid: 'SM1', from: '+336*****78', leadId: 3, intent: 'interested', confidence: 0.9 },
];

describe('redaction of secrets and personal data in logs', () => {
  it('when lines carry secrets at any level pino was told of, then they are written exactly as its wildcard paths wrote them', () => {
    const ours = memoryLogger((stream) => createLogger({ level: 'info', destination: stream, journald: false }));
    const specification = memoryLogger((stream) =>
      pino({ ...loggerOptions('info'), redact: { paths: WILDCARD_SPECIFICATION, censor: '[redacted]' } }, stream),
    );

    for (const line of SAMPLE_LINES) {
      ours.logger.info(structuredClone(line), 'line');
      specification.logger.info(structuredClone(line), 'line');
    }

    expect(ours.lines()).toEqual(specification.lines());
    expect(JSON.stringify(ours.lines())).not.toContain(SECRET);
    expect(JSON.stringify(ours.lines())).toContain('two-levels-down-kept');
  });

  it('when a child logger is bound to secrets, then its lines carry them censored', () => {
    const ours = memoryLogger((stream) => createLogger({ level: 'info', destination: stream, journald: false }));

    ours.logger.child({ reqId: 'req-1', config: { authToken: SECRET }, password: SECRET }).info({ event: 'x' }, 'x');

    expect(ours.lines()[0]).toMatchObject({
      reqId: 'req-1',
      config: { authToken: '[redacted]' },
      password: '[redacted]',
    });
  });

  it('when a line is censored, then the objects the caller logged are left as they were', () => {
    const ours = memoryLogger((stream) => createLogger({ level: 'info', destination: stream, journald: false }));
    const config = { authToken: SECRET };
    const line = { event: 'x', config, password: SECRET };

    ours.logger.info(line, 'x');

    expect(line).toEqual({ event: 'x', config: { authToken: SECRET }, password: SECRET });
    expect(ours.lines()[0]).toMatchObject({ config: { authToken: '[redacted]' }, password: '[redacted]' });
  });

  it('when an error carrying a secret property is logged, then the secret is censored in its serialised form', () => {
    const ours = memoryLogger((stream) => createLogger({ level: 'info', destination: stream, journald: false }));
    const error = Object.assign(new Error('upstream refused'), { token: SECRET, status: 401 });

    ours.logger.error({ event: 'llm.failed', err: error }, 'failed');

    const [written] = ours.lines();
    expect(written).toMatchObject({ err: { message: 'upstream refused', token: '[redacted]', status: 401 } });
    expect(JSON.stringify(written)).not.toContain(SECRET);
  });
});
