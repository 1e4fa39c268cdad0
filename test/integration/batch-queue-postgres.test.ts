import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { BatchQueue } from '../../agents/batch-queue.js';

/**
 * The hot path's statements go through pg's Pool, which hands out an idle
 * connection on process.nextTick. BatchQueue answers a batch's callers only
 * after that tick, so the next statement is already with PostgreSQL while
 * they write their responses: checked here on the real driver and server.
 */
describe.runIf(inject('postgresUrl') !== null)('BatchQueue on a real pg Pool', () => {
  const pool = new pg.Pool({ connectionString: inject('postgresUrl') ?? '', max: 1 });
  afterAll(() => pool.end());

  it('when a batch is answered, then the next statement already holds the connection as its callers resume', async () => {
    const statements: number[][] = [];
    const queue = new BatchQueue<number, number>(
      async (items) => {
        statements.push(items);
        const result = await pool.query<{ value: number }>('select unnest($1::int[]) * 10 as value', [items]);
        return result.rows.map((row) => row.value);
      },
      { maxBatch: 10, maxInFlight: 1 },
    );

    const first = queue
      .submit(1)
      .then((value) => ({ value, idleConnections: pool.idleCount, statementsSent: statements.length }));
    const rest = [2, 3].map((item) => queue.submit(item));

    await expect(first).resolves.toEqual({ value: 10, idleConnections: 0, statementsSent: 2 });
    await expect(Promise.all(rest)).resolves.toEqual([20, 30]);
    expect(statements).toEqual([[1], [2, 3]]);
  });
});
