import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClosedLoopResult, GeneratorName, LoadCommand, LoadReply, PacedResult } from './load-protocol.js';
import type { SigningSpec } from './signed-requests.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The parent's handle on the load-generator process (bench/load-worker.ts). */
export class LoadGenerator {
  private constructor(private readonly child: ChildProcess) {}

  static start(): LoadGenerator {
    const child = fork(path.join(here, 'load-worker.ts'), [], {
      cwd: path.resolve(here, '..'),
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new LoadGenerator(child);
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  /**
   * Signs `count` requests in the worker. `closedLoopTo`: the closed loop that will send them; for wrk they are
   * also written out for it now, so that the measured run does not pay for it.
   */
  async prepare(
    spec: SigningSpec,
    count: number,
    seed: number,
    sidPrefix: string,
    closedLoopTo?: { url: string; generator: GeneratorName },
  ): Promise<{ count: number; ms: number }> {
    const wrkUrl = closedLoopTo?.generator === 'wrk' ? closedLoopTo.url : undefined;
    const reply = await this.#ask({ type: 'prepare', spec, count, seed, sidPrefix, wrkUrl });
    if (reply.type !== 'prepared') throw new Error(`load generator: unexpected ${reply.type}`);
    return reply;
  }

  async closedLoop(
    url: string,
    connections: number,
    durationSeconds: number,
    generator: GeneratorName = 'autocannon',
  ): Promise<ClosedLoopResult> {
    const reply = await this.#ask({ type: 'closed-loop', url, connections, durationSeconds, generator });
    if (reply.type !== 'closed-loop') throw new Error(`load generator: unexpected ${reply.type}`);
    return reply.result;
  }

  async paced(options: Omit<Extract<LoadCommand, { type: 'paced' }>, 'type'>): Promise<PacedResult> {
    const reply = await this.#ask({ type: 'paced', ...options });
    if (reply.type !== 'paced') throw new Error(`load generator: unexpected ${reply.type}`);
    return reply.result;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.send({ type: 'exit' } satisfies LoadCommand);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }

  #ask(command: LoadCommand): Promise<LoadReply> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) =>
        reject(new Error(`load generator exited (${code}) during ${command.type}`));
      this.child.once('exit', onExit);
      this.child.once('message', (reply: LoadReply) => {
        this.child.off('exit', onExit);
        if (reply.type === 'failed') reject(new Error(`load generator failed: ${reply.message}`));
        else resolve(reply);
      });
      this.child.send(command);
    });
  }
}
