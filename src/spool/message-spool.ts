import { mkdirSync, readdirSync } from 'node:fs';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { NormalisedResponse } from '../domain/normalised-response.js';

export interface SpooledMessage {
  normalised: NormalisedResponse;
  spooledAt: string;
  /** Why the database could not take it, for the operator. */
  reason: string;
}

const PENDING = 'pending.jsonl';
const REPLAYING_PREFIX = 'replaying-';

/**
 * The promise behind a 200 when PostgreSQL is away: each message is appended
 * as one JSON line and fsynced before the caller answers Twilio. Replay
 * renames the pending file aside first, so appends and replay never touch
 * the same file, and a crash mid-replay leaves the renamed file to be
 * replayed again (the database drops what it already has, by MessageSid).
 */
export class MessageSpool {
  readonly directory: string;
  #queue: Promise<unknown> = Promise.resolve();
  #depth = 0;

  constructor(dataDir: string) {
    this.directory = path.join(dataDir, 'spool');
    mkdirSync(this.directory, { recursive: true, mode: 0o700 });
  }

  /** Resolves once the line is on disk (fsync), rejects if it could not be made durable. */
  append(message: SpooledMessage): Promise<void> {
    const line = `${JSON.stringify(message)}\n`;
    const write = this.#queue.then(async () => {
      const handle = await open(path.join(this.directory, PENDING), 'a', 0o600);
      try {
        await handle.writeFile(line, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      this.#depth += 1;
    });
    // Appends are serialised so lines never interleave; one failure must not block the next.
    this.#queue = write.catch(() => undefined);
    return write;
  }

  /** Messages waiting, counted from the files (exact after a restart, then kept up to date). */
  async depth(): Promise<number> {
    try {
      let total = 0;
      for (const file of this.#files()) total += countLines(await readFile(path.join(this.directory, file), 'utf8'));
      this.#depth = total;
    } catch {
      // An unreadable spool directory is reported by writable(); the last count is the best we know.
    }
    return this.#depth;
  }

  /** The last known depth, without touching the disk (for metrics and logs). */
  get knownDepth(): number {
    return this.#depth;
  }

  /** True when a file can be created and synced in the spool directory right now. */
  async writable(): Promise<boolean> {
    const probe = path.join(this.directory, '.probe');
    try {
      const handle = await open(probe, 'w', 0o600);
      await handle.sync();
      await handle.close();
      await rm(probe, { force: true });
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Hands every spooled message to `store`, oldest first. A file is removed
   * only once all its messages were stored; on the first failure the rest
   * stays for the next attempt.
   */
  async replay(store: (message: SpooledMessage) => Promise<void>): Promise<{ replayed: number; remaining: number }> {
    await this.#queue;
    const pending = path.join(this.directory, PENDING);
    if (await exists(pending)) {
      await rename(pending, path.join(this.directory, `${REPLAYING_PREFIX}${Date.now()}-${process.pid}.jsonl`));
    }
    let replayed = 0;
    for (const file of this.#files().filter((name) => name.startsWith(REPLAYING_PREFIX))) {
      const full = path.join(this.directory, file);
      const lines = (await readFile(full, 'utf8')).split('\n').filter((line) => line.trim() !== '');
      for (const [index, line] of lines.entries()) {
        let message: SpooledMessage;
        try {
          message = JSON.parse(line) as SpooledMessage;
        } catch {
          // A torn last line can only come from a crash before fsync returned: that message was never acknowledged.
          if (index === lines.length - 1) continue;
          throw new Error(`spool file ${file} line ${index + 1} is not JSON`);
        }
        await store(message);
        replayed += 1;
      }
      await rm(full, { force: true });
    }
    return { replayed, remaining: await this.depth() };
  }

  #files(): string[] {
    return readdirSync(this.directory)
      .filter((name) => name.endsWith('.jsonl'))
      .sort((a, b) => (a === PENDING ? 1 : b === PENDING ? -1 : a.localeCompare(b)));
  }
}

function countLines(text: string): number {
  let count = 0;
  for (const line of text.split('\n')) if (line.trim() !== '') count += 1;
  return count;
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
