import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../paths.js';
import { messagesFileSchema, renderMessages, type Messages } from './messages-schema.js';

/** Shipped with the code, so a clean clone answers in French with no setting at all. */
export const DEFAULT_MESSAGES_FILE = path.join(PROJECT_ROOT, 'config', 'messages.fr.json');

export type MessagesResult = { ok: true; messages: Messages; file: string } | { ok: false; errors: string[] };

/**
 * Reads, validates and fills in the messages file. Every problem is one line
 * naming the setting, the file and the key, so one start reports them all.
 */
export function loadMessages(file: string | undefined): MessagesResult {
  const resolved = path.resolve(file ?? DEFAULT_MESSAGES_FILE);
  const where = `MESSAGES_FILE: ${resolved}`;
  let text: string;
  try {
    text = readFileSync(resolved, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { ok: false, errors: [`${where}: cannot be read (${code})`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`${where}: is not valid JSON (${(error as Error).message})`] };
  }
  const parsed = messagesFileSchema.safeParse(json, {
    error: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'missing' : undefined),
  });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => `${where}: ${issue.path.join('.') || 'top level'}: ${issue.message}`),
    };
  }
  const { messages, problems } = renderMessages(parsed.data);
  if (problems.length > 0) return { ok: false, errors: problems.map((problem) => `${where}: ${problem}`) };
  return { ok: true, messages, file: resolved };
}
