import pg from 'pg';
import type { TestProject } from 'vitest/node';

export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

/**
 * Decides once whether the real-PostgreSQL suites run. In CI, or when
 * TEST_DATABASE_URL is set, they must: an unreachable server fails the run.
 * On a laptop without PostgreSQL the embedded suites still run, and we say so.
 */
export default async function setup(project: TestProject): Promise<void> {
  const url = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
  const required = process.env.CI === 'true' || process.env.TEST_DATABASE_URL !== undefined;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    project.provide('postgresUrl', url);
  } catch (error) {
    const reason = `PostgreSQL is not reachable at ${url}: ${(error as Error).message}`;
    if (required) {
      const why = process.env.CI === 'true' ? 'CI=true' : 'TEST_DATABASE_URL is set';
      throw new Error(`${reason} (required because ${why})`, { cause: error });
    }
    process.stderr.write(
      `\n[berinia-webhook tests] ${reason}\n  The real-PostgreSQL suites did not run; the embedded (PGlite) suites did. CI runs both.\n\n`,
    );
    project.provide('postgresUrl', null);
  } finally {
    await client.end().catch(() => undefined);
  }
}
