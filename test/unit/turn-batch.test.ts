import { describe, expect, it } from 'vitest';
import { TurnBatch } from '../../agents/turn-batch.js';

describe('TurnBatch', () => {
  it('when work is handed over, then it runs only after the current turn, never inside the call', async () => {
    const batch = new TurnBatch();
    const log: string[] = [];

    const result = batch.run(() => {
      log.push('work');
      return 42;
    });
    log.push('after run()');
    await Promise.resolve();

    expect(log).toEqual(['after run()']);
    await expect(result).resolves.toBe(42);
    expect(log).toEqual(['after run()', 'work']);
  });

  it('when several callers hand work over in one turn, then it all runs back to back, in order, before any of them resumes', async () => {
    const batch = new TurnBatch();
    const log: string[] = [];

    const callers = ['a', 'b', 'c'].map(async (name) => {
      const value = await batch.run(() => {
        log.push(`work ${name}`);
        return name.toUpperCase();
      });
      log.push(`resumed ${name}`);
      return value;
    });

    await expect(Promise.all(callers)).resolves.toEqual(['A', 'B', 'C']);
    expect(log).toEqual(['work a', 'work b', 'work c', 'resumed a', 'resumed b', 'resumed c']);
  });

  it('when one job throws, then only its caller is rejected and the others still get their results', async () => {
    const batch = new TurnBatch();

    const results = await Promise.allSettled([
      batch.run(() => 1),
      batch.run(() => {
        throw new Error('bad message');
      }),
      batch.run(() => 3),
    ]);

    expect(results).toEqual([
      { status: 'fulfilled', value: 1 },
      { status: 'rejected', reason: new Error('bad message') },
      { status: 'fulfilled', value: 3 },
    ]);
  });

  it('when a job hands over more work, then that work runs in a later turn and resolves too', async () => {
    const batch = new TurnBatch();
    const log: string[] = [];

    const outer = batch.run(() => {
      log.push('outer');
      return batch.run(() => {
        log.push('inner');
        return 'inner done';
      });
    });
    const sibling = batch.run(() => log.push('sibling'));

    await expect(outer).resolves.toBe('inner done');
    await sibling;
    expect(log).toEqual(['outer', 'sibling', 'inner']);
  });
});
