import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { isInfrastructureError } from '../../src/db/infrastructure-error.js';
import { PipelinedConnection } from '../../src/db/pipelined-connection.js';

const url = inject('postgresUrl') ?? '';

/** The backend's process id, and the value asked for, as one statement answers them. */
const pidAnd = (connection: PipelinedConnection, value: number) =>
  connection
    .query({ text: 'select pg_backend_pid() as pid, $1::int as value' }, [value])
    .then((result) => result.rows[0] as { pid: number; value: number });

describe.runIf(inject('postgresUrl') !== null)('PipelinedConnection on a real PostgreSQL', () => {
  const admin = new pg.Pool({ connectionString: url, max: 1 });
  afterAll(() => admin.end());

  it('when statements are sent together, then one backend answers each of them, in order', async () => {
    const errors: Error[] = [];
    const connection = new PipelinedConnection({ connectionString: url }, (error) => errors.push(error));
    try {
      const answers = await Promise.all([1, 2, 3, 4].map((value) => pidAnd(connection, value)));

      expect(answers.map(({ value }) => value)).toEqual([1, 2, 3, 4]);
      expect(new Set(answers.map(({ pid }) => pid)).size).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await connection.close();
    }
  });

  it('when a statement fails between two others, then it alone fails: each is its own transaction', async () => {
    const connection = new PipelinedConnection({ connectionString: url }, () => undefined);
    try {
      const [before, failed, after] = await Promise.allSettled([
        pidAnd(connection, 1),
        connection.query({ text: 'select 1 / $1::int as value' }, [0]),
        pidAnd(connection, 3),
      ]);

      expect(before).toMatchObject({ status: 'fulfilled', value: { value: 1 } });
      expect(failed).toMatchObject({ status: 'rejected', reason: { code: '22012' } });
      expect(after).toMatchObject({ status: 'fulfilled', value: { value: 3 } });
    } finally {
      await connection.close();
    }
  });

  it('when its backend is killed, then the statement in flight fails and the next one gets a new connection', async () => {
    const connection = new PipelinedConnection({ connectionString: url }, () => undefined);
    try {
      const { pid } = await pidAnd(connection, 1);
      const inFlight = connection.query({ text: 'select pg_sleep(5)' });
      await admin.query('select pg_terminate_backend($1)', [pid]);

      await expect(inFlight).rejects.toThrow();
      const next = await pidAnd(connection, 2);
      expect(next.value).toBe(2);
      expect(next.pid).not.toBe(pid);
    } finally {
      await connection.close();
    }
  });

  it('when it is closed, then a statement is refused as the database being away, instead of opening a connection', async () => {
    const connection = new PipelinedConnection({ connectionString: url }, () => undefined);
    await pidAnd(connection, 1);
    await connection.close();

    const refusal = await connection.query({ text: 'select 1' }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(Error);
    // So a message arriving during shutdown is spooled and answered, not failed with a 500.
    expect(isInfrastructureError(refusal)).toBe(true);
  });
});
