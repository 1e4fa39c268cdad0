import { childEnv, freePort, PROCESS_DEADLINE_MS, SpawnedProcess, waitFor, type ExitResult } from './processes.js';

export type LogLine = Record<string, unknown>;

export const SMS_PATH = '/webhook/sms-response';

/**
 * The real entry point, run as production runs it (through tsx rather than a
 * build): `node --import tsx webhook/run-webhook.ts --host … --port …`.
 */
export class WebhookServer {
  readonly process: SpawnedProcess;

  constructor(
    readonly port: number,
    settings: Record<string, string | undefined>,
  ) {
    this.process = new SpawnedProcess(
      process.execPath,
      ['--import', 'tsx', 'webhook/run-webhook.ts', '--host', '127.0.0.1', '--port', String(port)],
      { env: childEnv(settings) },
    );
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The URL Twilio signs when PUBLIC_BASE_URL is not set: the one the server was called on. */
  get smsUrl(): string {
    return this.baseUrl + SMS_PATH;
  }

  /** stdout as lines; a line that is not JSON fails the parse with the line in the message. */
  logLines(): LogLine[] {
    return this.process.stdout
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => {
        try {
          return JSON.parse(line) as LogLine;
        } catch {
          throw new Error(`stdout line is not JSON: ${line}`);
        }
      });
  }

  /** Waits for a log line, since pino writes asynchronously and the response may come first. */
  async waitForLog(description: string, match: (line: LogLine) => boolean): Promise<LogLine> {
    return waitFor(`log line ${description}`, () => this.logLines().find(match), {
      explain: () => this.process.describe(),
    });
  }

  /** Polls GET /health/ready until it answers 200; fails at once if the process dies first. */
  async waitUntilReady(): Promise<LogLine> {
    return waitFor(
      `GET ${this.baseUrl}/health/ready to answer 200`,
      async () => {
        if (!this.process.running) {
          throw new Error(`the server exited before it was ready\n${this.process.describe()}`);
        }
        try {
          const response = await fetch(`${this.baseUrl}/health/ready`, { signal: AbortSignal.timeout(2000) });
          return response.status === 200 ? ((await response.json()) as LogLine) : undefined;
        } catch {
          return undefined;
        }
      },
      { timeoutMs: PROCESS_DEADLINE_MS, intervalMs: 200, explain: () => this.process.describe() },
    );
  }

  /** SIGTERM, then the exit, within the deadline. */
  async stop(): Promise<ExitResult> {
    this.process.signal('SIGTERM');
    return this.process.finished();
  }

  kill(): void {
    this.process.kill();
  }
}

/** Starts the server on a free port and waits until it is ready; a server that fails to start is killed. */
export async function startWebhookServer(settings: Record<string, string | undefined>): Promise<WebhookServer> {
  const server = new WebhookServer(await freePort(), settings);
  try {
    await server.waitUntilReady();
  } catch (error) {
    server.kill();
    throw error;
  }
  return server;
}

/** Posts a form exactly as Twilio does: urlencoded, with the given signature header (or none). */
export async function postForm(
  url: string,
  params: Record<string, string>,
  signature: string | undefined,
): Promise<{ status: number; contentType: string; body: string }> {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (signature !== undefined) headers['x-twilio-signature'] = signature;
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body: new URLSearchParams(params).toString(),
    signal: AbortSignal.timeout(15_000),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    body: await response.text(),
  };
}
