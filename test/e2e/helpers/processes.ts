import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: every command runs from there, as an operator would. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** How long a spawned process gets to start or finish: tsx and PGlite take seconds, not milliseconds. */
export const PROCESS_DEADLINE_MS = 30_000;

export interface ExitResult {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * The environment a child sees: only what a shell needs plus what the test
 * says, so settings of the machine running the tests (DATABASE_URL,
 * TWILIO_*, NODE_ENV=test from vitest) never leak into it.
 */
export function childEnv(settings: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG']) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  for (const [name, value] of Object.entries(settings)) {
    if (value !== undefined) env[name] = value;
  }
  return env;
}

/** A port nobody listens on right now: the kernel's pick for port 0, released at once. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen({ host: '127.0.0.1', port: 0 }, () => {
      const address = probe.address();
      if (address === null || typeof address === 'string') {
        probe.close();
        reject(new Error('could not read the probe port'));
        return;
      }
      probe.close(() => resolve(address.port));
    });
  });
}

/** Polls `check` until it returns a value other than undefined, or fails with `description` at the deadline. */
export async function waitFor<T>(
  description: string,
  check: () => T | undefined | Promise<T | undefined>,
  options: { timeoutMs?: number; intervalMs?: number; explain?: () => string } = {},
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? PROCESS_DEADLINE_MS);
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${description}${options.explain ? `\n${options.explain()}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 100));
  }
}

/** A spawned process whose output is kept, and whose end can be awaited. */
export class SpawnedProcess {
  readonly child: ChildProcess;
  readonly exited: Promise<ExitResult>;
  private out = '';
  private err = '';
  private result: ExitResult | null = null;
  private readonly group: boolean;

  constructor(command: string, args: string[], options: { env: NodeJS.ProcessEnv; input?: string; group?: boolean }) {
    this.group = options.group === true;
    this.child = spawn(command, args, {
      cwd: PROJECT_ROOT,
      env: options.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      // Its own process group, so a wrapper (npm) and what it started can be ended together.
      detached: this.group,
    });
    live.add(this);
    this.child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (this.out += chunk));
    this.child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (this.err += chunk));
    // 'close' rather than 'exit': it comes after the last byte of stdout and stderr.
    this.exited = new Promise((resolve, reject) => {
      this.child.once('error', reject);
      this.child.once('close', (code, signal) => {
        this.result = { code, signal };
        live.delete(this);
        resolve(this.result);
      });
    });
    // A process that exits without reading its input must not crash the test run with EPIPE.
    this.child.stdin?.on('error', () => undefined);
    this.child.stdin?.end(options.input ?? '');
  }

  get stdout(): string {
    return this.out;
  }

  get stderr(): string {
    return this.err;
  }

  get running(): boolean {
    return this.result === null;
  }

  /** Waits for the end, killing the process if it outlives the deadline. */
  async finished(timeoutMs = PROCESS_DEADLINE_MS): Promise<ExitResult> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const outcome = await Promise.race([this.exited, timeout]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      this.kill();
      await this.exited;
      throw new Error(`process ${this.child.pid} did not finish within ${timeoutMs} ms\n${this.describe()}`);
    }
    return outcome;
  }

  signal(signal: NodeJS.Signals): void {
    if (!this.running || this.child.pid === undefined) return;
    this.child.kill(signal);
  }

  /** Ends the process (and its group, when it has one) for good. */
  kill(): void {
    if (!this.running || this.child.pid === undefined) return;
    try {
      if (this.group) process.kill(-this.child.pid, 'SIGKILL');
      else this.child.kill('SIGKILL');
    } catch {
      // Already gone between the check and the kill.
    }
  }

  describe(): string {
    return `--- stdout ---\n${this.out}\n--- stderr ---\n${this.err}`;
  }
}

const live = new Set<SpawnedProcess>();

/** Runs a command to its end and returns its exit and output. */
export async function runToEnd(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; input?: string; timeoutMs?: number },
): Promise<ExitResult & { stdout: string; stderr: string }> {
  const spawned = new SpawnedProcess(command, args, { env: options.env, input: options.input, group: true });
  const result = await spawned.finished(options.timeoutMs);
  return { ...result, stdout: spawned.stdout, stderr: spawned.stderr };
}

/** For afterAll: whatever a failed test left running is ended, and awaited. */
export async function killLeftoverProcesses(): Promise<void> {
  const leftovers = [...live];
  for (const spawned of leftovers) spawned.kill();
  await Promise.all(leftovers.map((spawned) => spawned.exited.catch(() => undefined)));
}
