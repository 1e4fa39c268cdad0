import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ServerSpec {
  /** Shown in errors. */
  name: string;
  /** Node arguments: flags, then the script and its own arguments. */
  args: string[];
  env: NodeJS.ProcessEnv;
  /** stdout and stderr go here (the service logs at warn: a few lines at most). */
  logFile: string;
  port: number;
  /** Working directory; the project root by default. */
  cwd?: string;
  /** How long start-up may take: PGlite boots a whole PostgreSQL in WebAssembly. */
  readyTimeoutMs?: number;
}

export interface RunningServer {
  pid: number;
  port: number;
  /** SIGTERM, then the exit code of a graceful stop. */
  stop(): Promise<number | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/health', timeout: 1000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.on('timeout', () => request.destroy());
  });
}

export async function startServer(spec: ServerSpec): Promise<RunningServer> {
  const log = openSync(spec.logFile, 'a');
  const child: ChildProcess = spawn(process.execPath, spec.args, {
    cwd: spec.cwd ?? PROJECT_ROOT,
    env: spec.env,
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + (spec.readyTimeoutMs ?? 60_000);
  while (!(await healthy(spec.port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      const tail = readFileSync(spec.logFile, 'utf8').split('\n').slice(-15).join('\n');
      throw new Error(`${spec.name} did not start on port ${spec.port}; its log ends with:\n${tail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    pid: child.pid ?? 0,
    port: spec.port,
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
