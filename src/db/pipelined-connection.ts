import pg from 'pg';

/**
 * One PostgreSQL connection in pipeline mode, for the SMS hot path's
 * statements: a second statement is written to the socket while the first
 * runs, so the backend starts it the moment it commits the first, instead of
 * idling until our event loop, busy with requests, reads the first answer and
 * sends the next. The backend still runs them one after the other, so the two
 * cores are not shared by two backends as they are with two pooled connections
 * (which measured slower than one). Each statement is its own transaction
 * (node-postgres ends each with a Sync): one that fails fails alone.
 *
 * A lost connection fails the statements in flight on it, as a pooled one
 * would, and the next statement opens a new one.
 */
export class PipelinedConnection {
  readonly #config: pg.ClientConfig;
  readonly #onError: (error: Error) => void;
  #client: pg.Client | null = null;
  #closed = false;

  constructor(config: pg.ClientConfig, onError: (error: Error) => void) {
    this.#config = config;
    this.#onError = onError;
  }

  /** node-postgres' Client.query, on the current connection: what drizzle calls to run a prepared statement. */
  query(config: pg.QueryConfig, values?: unknown[]): Promise<pg.QueryResult> {
    if (this.#closed) return Promise.reject(new Error('the hot-path connection is closed'));
    const client = this.#current();
    return client.query(config, values).catch((error: unknown) => {
      // The server ends the session after a FATAL error, and the driver's own errors mean the socket is gone;
      // the client would only say so when the socket closes, and statements sent meanwhile would be lost with it.
      if (connectionLost(error)) this.#forget(client);
      throw error;
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    const client = this.#client;
    this.#client = null;
    await client?.end();
  }

  #current(): pg.Client {
    if (this.#client !== null) return this.#client;
    const client = new pg.Client({ ...this.#config, pipeline: true });
    client.on('error', (error) => {
      this.#forget(client);
      this.#onError(error);
    });
    client.on('end', () => this.#forget(client));
    // Statements sent meanwhile wait for the connection; if it cannot be made, they fail with it.
    client.connect().catch(() => this.#forget(client));
    this.#client = client;
    return client;
  }

  /** The next statement opens a new connection; this one is closed if it is not already. */
  #forget(client: pg.Client): void {
    if (this.#client !== client) return;
    this.#client = null;
    client.end().catch(() => undefined);
  }
}

/** A FATAL error from the server, or an error of the driver's (no SQLSTATE): the session is over. */
function connectionLost(error: unknown): boolean {
  if (!(error instanceof Error)) return true;
  const { code, severity } = error as { code?: unknown; severity?: unknown };
  return severity === 'FATAL' || typeof code !== 'string';
}
