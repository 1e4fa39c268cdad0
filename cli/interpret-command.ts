import { createInterface } from 'node:readline';
import { interpretText } from '../agents/interpreter/interpret-text.js';

/**
 * JSON lines in, JSON lines out, nothing else on stdout: the contract
 * `npm run --silent interpret < file.jsonl` is scripted against.
 */
export async function run(): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let failures = 0;
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    let input: { id?: unknown; text?: unknown };
    try {
      input = JSON.parse(line) as { id?: unknown; text?: unknown };
    } catch {
      failures += 1;
      process.stdout.write(`${JSON.stringify({ id: null, line: lineNumber, error: 'invalid JSON' })}\n`);
      continue;
    }
    if (typeof input.text !== 'string') {
      failures += 1;
      process.stdout.write(
        `${JSON.stringify({ id: input.id ?? null, line: lineNumber, error: 'text must be a string' })}\n`,
      );
      continue;
    }
    process.stdout.write(`${JSON.stringify({ id: input.id ?? null, ...interpretText(input.text) })}\n`);
  }
  return failures > 0 ? 1 : 0;
}
