import { parseArgs } from 'node:util';
import { runChaosScenario } from '../test/e2e/helpers/chaos-scenario.js';

/**
 * `npm run chaos`: the fault-injection scenario at a larger scale. Prints
 * sent / acknowledged / stored / duplicates / lost; exits 1 if anything
 * acknowledged was lost or duplicated.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      messages: { type: 'string', default: '2000' },
      concurrency: { type: 'string', default: '16' },
      'admin-url': {
        type: 'string',
        default: process.env.CHAOS_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
      },
    },
  });
  const startedAt = Date.now();
  const report = await runChaosScenario({
    adminUrl: values['admin-url'],
    messages: Number(values.messages),
    concurrency: Number(values.concurrency),
    report: (line) => process.stdout.write(`[${((Date.now() - startedAt) / 1000).toFixed(1)} s] ${line}\n`),
  });
  process.stdout.write(
    `\nfaults:       ${report.faults.join(', ')}\n` +
      `sent:         ${report.sent}\n` +
      `acknowledged: ${report.acknowledged}\n` +
      `stored:       ${report.stored}\n` +
      `duplicates:   ${report.duplicates}\n` +
      `lost:         ${report.lost}${report.lost > 0 ? ` (${report.lostSids.slice(0, 10).join(', ')}…)` : ''}\n` +
      `crashes:      ${report.crashes}\n` +
      `duration:     ${(report.durationMs / 1000).toFixed(1)} s\n`,
  );
  process.exitCode = report.lost === 0 && report.duplicates === 0 && report.crashes === 0 ? 0 : 1;
}

void main();
