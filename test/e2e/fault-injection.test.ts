import { describe, expect, inject, it } from 'vitest';
import { runChaosScenario } from './helpers/chaos-scenario.js';

// The fault-injection suite runs on the real PostgreSQL, reached through a proxy the test cuts.
describe.runIf(inject('postgresUrl') !== null)('fault injection on the real PostgreSQL', () => {
  it('when the database connection is cut and restored and the server is killed and restarted under a stream of messages, then every acknowledged MessageSid is stored exactly once', async () => {
    const report = await runChaosScenario({ adminUrl: inject('postgresUrl')!, messages: 240, concurrency: 6 });
    expect(report.faults).toEqual([
      'cut database',
      'restore database',
      'kill -9 server',
      'cut database',
      'kill -9 server',
      'restore database',
    ]);
    expect(report.crashes).toBe(0);
    expect(report.lostSids).toEqual([]);
    expect(report.duplicates).toBe(0);
    // The faults must not have made the run trivial: most messages are acknowledged, through the spool too.
    expect(report.acknowledged).toBeGreaterThan(report.sent * 0.4);
    expect(report.stored).toBeGreaterThanOrEqual(report.acknowledged);
  }, 180_000);
});
