import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../../src/db/database.js';
import { openDatabase } from '../../../src/db/open-database.js';
import { interpretations, leads, messages } from '../../../src/db/schema.js';
import { createPostgresDatabase, dropPostgresDatabase, type DatabaseKind } from '../../helpers/test-database.js';

/**
 * Where a spawned server keeps its data, and how the test reads it back: a
 * fresh PostgreSQL database (readable while the server runs), or a PGlite
 * directory (readable once the server, its only owner, has stopped).
 */
export interface ServerStorage {
  kind: DatabaseKind;
  dataDir: string;
  /** The settings that point a server at this storage. */
  env: Record<string, string>;
  open(): Promise<DatabaseHandle>;
  dispose(): Promise<void>;
}

export async function tempDir(prefix = 'berinia-e2e-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

export async function createServerStorage(kind: DatabaseKind): Promise<ServerStorage> {
  const dataDir = await tempDir();
  if (kind === 'embedded') {
    return {
      kind,
      dataDir,
      env: { DATA_DIR: dataDir },
      open: () => openDatabase({ kind: 'embedded', dataDir }),
      dispose: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  const url = await createPostgresDatabase();
  return {
    kind,
    dataDir,
    // DATA_DIR too, so that nothing is ever written into the project's ./data.
    env: { DATABASE_URL: url, DATA_DIR: dataDir },
    open: () => openDatabase({ kind: 'postgres', url, poolSize: 2 }),
    async dispose() {
      await dropPostgresDatabase(url);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Opens the storage, runs the reads, closes it again. */
export async function readStorage<T>(storage: ServerStorage, read: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await storage.open();
  try {
    return await read(handle);
  } finally {
    await handle.close();
  }
}

/** What was stored for one MessageSid and one phone number. */
export async function storedFor(handle: DatabaseHandle, messageSid: string, phoneE164: string) {
  const { db } = handle;
  const messageRows = await db.select().from(messages).where(eq(messages.messageSid, messageSid));
  const leadRows = await db.select().from(leads).where(eq(leads.phoneE164, phoneE164));
  const interpretationRows = messageRows[0]
    ? await db.select().from(interpretations).where(eq(interpretations.messageId, messageRows[0].id))
    : [];
  return { messages: messageRows, leads: leadRows, interpretations: interpretationRows };
}
