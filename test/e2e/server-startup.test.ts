import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import twilio from 'twilio';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { smsParams, uniqueMessageSid, uniquePhone } from '../helpers/twilio-requests.js';
import { expectTidyStdout } from './helpers/log-expectations.js';
import { childEnv, killLeftoverProcesses, runToEnd } from './helpers/processes.js';
import { tempDir } from './helpers/server-storage.js';
import { postForm, startWebhookServer, type WebhookServer } from './helpers/webhook-server.js';

const TOKEN_FILE = 'twilio-dev-auth-token';
const SCENARIO_TIMEOUT_MS = 90_000;

/** The entry point without --port, so PORT from the environment is what counts. */
const runEntryPoint = (settings: Record<string, string>, args: string[] = []) =>
  runToEnd(process.execPath, ['--import', 'tsx', 'webhook/run-webhook.ts', '--host', '127.0.0.1', ...args], {
    env: childEnv(settings),
  });

/** The "  - NAME: why" lines the entry point writes, one per problem. */
const problemLines = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('  - '));

const directories: string[] = [];
async function freshDataDir(): Promise<{ root: string; dataDir: string }> {
  const root = await tempDir();
  directories.push(root);
  // A DATA_DIR that does not exist yet, so "nothing was created" can be checked.
  return { root, dataDir: path.join(root, 'data') };
}

afterAll(async () => {
  await killLeftoverProcesses();
  await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
});

describe('when the settings are wrong, the server does not start', () => {
  it('when PORT is "notaport" and LOG_LEVEL is "loud", then it exits non-zero with one stderr line per problem, naming both', async () => {
    const { dataDir } = await freshDataDir();
    const result = await runEntryPoint({
      NODE_ENV: 'production',
      TWILIO_AUTH_TOKEN: randomBytes(16).toString('hex'),
      PORT: 'notaport',
      LOG_LEVEL: 'loud',
      DATA_DIR: dataDir,
    });

    expect(result.code).not.toBe(0);
    expect(result.code).not.toBeNull();
    expect(result.stderr).toMatch(/invalid settings/);
    const problems = problemLines(result.stderr);
    expect(problems).toHaveLength(2);
    expect(problems.filter((line) => line.startsWith('  - PORT: '))).toHaveLength(1);
    expect(problems.filter((line) => line.startsWith('  - LOG_LEVEL: '))).toHaveLength(1);
    expect(result.stdout).toBe('');
    expect(existsSync(dataDir)).toBe(false);
  });

  it('when NODE_ENV is production and no TWILIO_AUTH_TOKEN is set, then it exits non-zero naming TWILIO_AUTH_TOKEN and generates no token', async () => {
    const { dataDir } = await freshDataDir();
    const result = await runEntryPoint({ NODE_ENV: 'production', LOG_LEVEL: 'info', DATA_DIR: dataDir, PORT: '8001' });

    expect(result.code).not.toBe(0);
    expect(result.code).not.toBeNull();
    const problems = problemLines(result.stderr);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^ {2}- TWILIO_AUTH_TOKEN: .*production/);
    expect(result.stdout).toBe('');
    expect(existsSync(path.join(dataDir, TOKEN_FILE))).toBe(false);
  });

  it('when --port is not a port number, then it exits with status 2 and says so', async () => {
    const { dataDir } = await freshDataDir();
    const result = await runEntryPoint({ NODE_ENV: 'development', DATA_DIR: dataDir }, ['--port', 'eighty']);

    expect(result.code).toBe(2);
    expect(result.stderr).toBe('berinia-webhook: --port: "eighty" is not a port number\n');
    expect(result.stdout).toBe('');
    expect(existsSync(dataDir)).toBe(false);
  });
});

describe('when the port is already taken', () => {
  it(
    'when another process listens on the port, then the server exits non-zero naming the address, instead of running without a socket',
    async () => {
      const { dataDir } = await freshDataDir();
      const squatter = createServer();
      await new Promise<void>((resolve) => squatter.listen({ host: '127.0.0.1', port: 0 }, resolve));
      const address = squatter.address();
      if (address === null || typeof address === 'string') throw new Error('no port');
      try {
        const result = await runEntryPoint(
          {
            NODE_ENV: 'production',
            TWILIO_AUTH_TOKEN: randomBytes(16).toString('hex'),
            LOG_LEVEL: 'info',
            DATA_DIR: dataDir,
          },
          ['--port', String(address.port)],
        );

        expect(result.code).toBe(1);
        expect(result.stderr).toContain(`EADDRINUSE`);
        expect(result.stderr).toContain(`127.0.0.1:${address.port}`);
        expect(result.stdout).not.toContain('server.listening');
      } finally {
        await new Promise((resolve) => squatter.close(resolve));
      }
    },
    SCENARIO_TIMEOUT_MS,
  );
});

describe('in development without TWILIO_AUTH_TOKEN', () => {
  let server: WebhookServer | undefined;
  afterEach(() => {
    server?.kill();
    server = undefined;
  });

  it(
    'when the server starts, then it generates DATA_DIR/twilio-dev-auth-token, says so in a notice, and accepts requests signed with it',
    async () => {
      const { dataDir } = await freshDataDir();
      server = await startWebhookServer({ NODE_ENV: 'development', LOG_LEVEL: 'info', DATA_DIR: dataDir });

      const tokenFile = path.join(dataDir, TOKEN_FILE);
      expect(existsSync(tokenFile)).toBe(true);
      expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
      const token = readFileSync(tokenFile, 'utf8').trim();
      expect(token).toMatch(/^[0-9a-f]{48}$/);

      const notice = server.logLines().find((line) => line.event === 'config.notice');
      expect(notice).toMatchObject({ level: 'warn' });
      expect(notice?.msg).toContain(`generated a development Twilio auth token in ${tokenFile}`);

      const phone = uniquePhone();
      const messageSid = uniqueMessageSid();
      const params = smsParams({ from: phone, body: 'ok pour un rdv jeudi', messageSid });
      const response = await postForm(
        server.smsUrl,
        params,
        twilio.getExpectedTwilioSignature(token, server.smsUrl, params),
      );
      expect(response.status).toBe(200);
      await server.waitForLog(
        'sms.received',
        (line) => line.event === 'sms.received' && line.messageSid === messageSid,
      );

      expect(await server.stop()).toEqual({ code: 0, signal: null });
      expect(server.logLines().at(-1)).toMatchObject({ event: 'server.stopped', signal: 'SIGTERM' });
      expectTidyStdout(server, { phones: [phone], bodies: ['ok pour un rdv jeudi'], secrets: [token] });
    },
    SCENARIO_TIMEOUT_MS,
  );

  it(
    'when the server starts again on the same DATA_DIR, then it keeps the token it generated the first time',
    async () => {
      const { dataDir } = await freshDataDir();
      server = await startWebhookServer({ NODE_ENV: 'development', LOG_LEVEL: 'info', DATA_DIR: dataDir });
      expect(await server.stop()).toEqual({ code: 0, signal: null });
      const tokenFile = path.join(dataDir, TOKEN_FILE);
      const first = readFileSync(tokenFile, 'utf8');

      server = await startWebhookServer({ NODE_ENV: 'development', LOG_LEVEL: 'info', DATA_DIR: dataDir });

      expect(readFileSync(tokenFile, 'utf8')).toBe(first);
      const notice = server.logLines().find((line) => line.event === 'config.notice');
      expect(notice?.msg).toContain(`using a development Twilio auth token in ${tokenFile}`);
      expect(await server.stop()).toEqual({ code: 0, signal: null });
      expectTidyStdout(server, { secrets: [first.trim()] });
    },
    SCENARIO_TIMEOUT_MS,
  );
});
