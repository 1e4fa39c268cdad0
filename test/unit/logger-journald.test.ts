import { fstatSync } from 'node:fs';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, stdoutIsJournal } from '../../src/logger.js';

/** An in-memory destination: what the logger wrote, line by line. */
function memoryDestination() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  return {
    stream,
    lines: () => chunks.join('').split('\n').filter(Boolean),
  };
}

describe('logs for journald', () => {
  it('when stdout is the journal, then each line starts with the syslog priority of its level', () => {
    const memory = memoryDestination();
    const logger = createLogger({ level: 'trace', destination: memory.stream, journald: true });

    logger.fatal({ event: 'test.fatal' }, 'fatal');
    logger.error({ event: 'test.error' }, 'error');
    logger.warn({ event: 'test.warn' }, 'warn');
    logger.info({ event: 'test.info' }, 'info');
    logger.debug({ event: 'test.debug' }, 'debug');
    logger.trace({ event: 'test.trace' }, 'trace');

    expect(memory.lines().map((line) => line.slice(0, 3))).toEqual(['<3>', '<3>', '<4>', '<6>', '<7>', '<7>']);
  });

  it('when a line is prefixed, then the rest of it is still the one JSON object, with its level name and event', () => {
    const memory = memoryDestination();
    const logger = createLogger({ level: 'info', destination: memory.stream, journald: true });

    logger.warn({ event: 'sms.rejected_signature', reqId: 'req-1' }, 'sms.rejected_signature');

    const [line] = memory.lines();
    expect(line).toMatch(/^<4>\{/);
    expect(JSON.parse(line!.slice(3))).toMatchObject({
      level: 'warn',
      event: 'sms.rejected_signature',
      reqId: 'req-1',
      service: 'berinia-webhook',
      time: expect.any(String),
    });
  });

  it('when a child logger (as request.log is) writes, then its lines are prefixed too', () => {
    const memory = memoryDestination();
    const logger = createLogger({ level: 'info', destination: memory.stream, journald: true });

    logger.child({ reqId: 'req-2' }).error({ event: 'http.error' }, 'failed');

    expect(memory.lines()[0]).toMatch(/^<3>\{"level":"error"/);
  });

  it('when secrets are logged on the journal, then they are still redacted', () => {
    const memory = memoryDestination();
    const logger = createLogger({ level: 'info', destination: memory.stream, journald: true });

    logger.info({ event: 'config.loaded', twilio: { authToken: 'very-secret-token' } }, 'loaded');

    expect(memory.lines()[0]).toMatch(/^<6>/);
    expect(memory.lines().join('\n')).not.toContain('very-secret-token');
  });

  it('when a level is below the logger level, then nothing is written, prefix included', () => {
    const memory = memoryDestination();
    const logger = createLogger({ level: 'warn', destination: memory.stream, journald: true });

    logger.info({ event: 'test.info' }, 'info');
    logger.warn({ event: 'test.warn' }, 'warn');

    expect(memory.lines()).toHaveLength(1);
    expect(memory.lines()[0]).toMatch(/^<4>/);
  });

  it('when a destination is given without journald, then lines are plain JSON (as the tests read them)', () => {
    const memory = memoryDestination();
    const logger = createLogger({ level: 'info', destination: memory.stream });

    logger.warn({ event: 'test.warn' }, 'warn');

    expect(memory.lines()[0]).toMatch(/^\{"level":"warn"/);
  });

  it('when the logger is flushed, then the callback is called through the journald destination', async () => {
    const memory = memoryDestination();
    const logger = createLogger({ level: 'info', destination: memory.stream, journald: true });

    logger.info({ event: 'test.info' }, 'info');
    await new Promise<void>((resolve, reject) => logger.flush((error) => (error ? reject(error) : resolve())));

    expect(memory.lines()).toHaveLength(1);
  });
});

describe('detecting that stdout is the journal', () => {
  const stdout = fstatSync(1, { bigint: true });

  it('when JOURNAL_STREAM names the device and inode of stdout, then stdout is the journal', () => {
    expect(stdoutIsJournal({ JOURNAL_STREAM: `${stdout.dev}:${stdout.ino}` })).toBe(true);
  });

  it('when JOURNAL_STREAM is not set, then stdout is not the journal', () => {
    expect(stdoutIsJournal({})).toBe(false);
  });

  it('when JOURNAL_STREAM was inherited but stdout is something else, then stdout is not the journal', () => {
    expect(stdoutIsJournal({ JOURNAL_STREAM: `${stdout.dev}:${stdout.ino + 1n}` })).toBe(false);
    expect(stdoutIsJournal({ JOURNAL_STREAM: 'garbage' })).toBe(false);
  });
});

describe('error serialisation', () => {
  it('when a database error quotes the query parameters, then the logged error carries neither them nor the numbers', async () => {
    const { serializeError } = await import('../../src/logger.js');
    const cause = Object.assign(
      new Error('duplicate key value violates unique constraint, Key (phone_e164)=(+33612345678)'),
      {
        detail: 'Key (phone_e164)=(+33612345678) already exists.',
      },
    );
    const error = Object.assign(
      new Error('Failed query: insert into leads values ($1, $2)\nparams: +33612345678,Oui je veux'),
      {
        params: ['+33612345678', 'Oui je veux'],
        cause,
      },
    );
    const text = JSON.stringify(serializeError(error));
    expect(text).not.toContain('+33612345678');
    expect(text).not.toContain('Oui je veux');
    expect(text).toContain('Failed query: insert into leads');
  });
});
