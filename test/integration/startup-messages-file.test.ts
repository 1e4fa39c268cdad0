import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGES_FILE } from '../../src/config/load-messages.js';
import { PROJECT_ROOT } from '../../src/paths.js';

const dir = mkdtempSync(path.join(tmpdir(), 'bw-startup-messages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the real entry point with only the settings given (nothing leaks in from the test's environment). */
function runEntryPoint(
  settings: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ...settings };
  const child = spawn(process.execPath, ['--import', 'tsx', 'webhook/run-webhook.ts', '--port', '0'], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const deadline = setTimeout(() => child.kill('SIGKILL'), 30_000);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(deadline);
      resolve({ code, stdout, stderr });
    });
  });
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('when the messages file is invalid, the server does not start', () => {
  it('then it exits 1 with one stderr line per problem in the file, and touches nothing', async () => {
    const content = JSON.parse(readFileSync(DEFAULT_MESSAGES_FILE, 'utf8'));
    delete content.sms.help;
    content.voice.goodbye = 'Au revoir de la part de {entreprise}';
    const file = path.join(dir, 'messages.json');
    writeFileSync(file, JSON.stringify(content));
    const dataDir = path.join(dir, 'data');

    const result = await runEntryPoint({ NODE_ENV: 'development', DATA_DIR: dataDir, MESSAGES_FILE: file });

    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/invalid settings, not starting/);
    const problems = result.stderr.split('\n').filter((line) => line.startsWith('  - '));
    expect(problems).toEqual([
      `  - MESSAGES_FILE: ${file}: sms.help: missing`,
      expect.stringMatching(
        new RegExp(`^  - MESSAGES_FILE: ${escaped(file)}: voice\\.goodbye: unknown placeholder \\{entreprise\\}`),
      ),
    ]);
    // Refused before anything else: no development token, no embedded database.
    expect(existsSync(dataDir)).toBe(false);
  });
});
