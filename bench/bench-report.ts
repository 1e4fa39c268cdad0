import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RunResult, TargetName } from './measure-run.js';
import { PROJECT_ROOT } from './server-process.js';
import { renderChart, type ChartSeries } from './svg-chart.js';

export const RESULTS_DIR = path.join(PROJECT_ROOT, 'bench', 'results');

export interface Ratio {
  concurrency: number;
  ours: number;
  ceiling: number;
  ratio: number;
}

/** Targets of issue 5, at concurrency 32 against the ceiling measured in the same run. */
export interface TargetCheck {
  concurrency: 32;
  ratio: { value: number; min: 0.6; met: boolean };
  p99Ms: { value: number; max: 30; met: boolean };
  errors: { value: number; max: 0; met: boolean };
  peakRssMb: { value: number; max: 150; met: boolean };
  everyAnswerStored: boolean;
}

export function ratiosOf(runs: RunResult[]): Ratio[] {
  return runs
    .filter((run) => run.target === 'ours')
    .flatMap((ours) => {
      const ceiling = runs.find((run) => run.target === 'ceiling' && run.concurrency === ours.concurrency);
      if (!ceiling) return [];
      const ratio = Math.round((ours.requestsPerSecond / ceiling.requestsPerSecond) * 100) / 100;
      return [
        {
          concurrency: ours.concurrency,
          ours: ours.requestsPerSecond,
          ceiling: ceiling.requestsPerSecond,
          ratio,
        },
      ];
    });
}

export function checkTargets(runs: RunResult[]): TargetCheck | null {
  const ours = runs.find((run) => run.target === 'ours' && run.concurrency === 32);
  const ratio = ratiosOf(runs).find((item) => item.concurrency === 32);
  if (!ours || !ratio) return null;
  const errors = ours.non2xx + ours.socketErrors + ours.timeouts;
  return {
    concurrency: 32,
    ratio: { value: ratio.ratio, min: 0.6, met: ratio.ratio >= 0.6 },
    p99Ms: { value: ours.latencyMs.p99, max: 30, met: ours.latencyMs.p99 <= 30 },
    errors: { value: errors, max: 0, met: errors === 0 },
    peakRssMb: { value: ours.peakRssMb, max: 150, met: ours.peakRssMb <= 150 },
    everyAnswerStored: ours.lost === 0,
  };
}

function pad(cells: string[][]): string {
  const widths = cells[0]?.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length))) ?? [];
  return cells.map((row) => row.map((cell, column) => cell.padStart(widths[column] ?? 0)).join('  ')).join('\n');
}

export function formatTable(runs: RunResult[]): string {
  const header = [
    'target',
    'conc',
    'req/s',
    'p50',
    'p90',
    'p99',
    'max ms',
    'non2xx',
    'sockerr',
    '2xx',
    'stored',
    'lost',
    'RSS MB',
    'svc %cpu',
    'pg %cpu',
    'gen %cpu',
    'other %cpu',
    'svc µs/req',
    'pg µs/req',
  ];
  const rows = runs.map((run) => [
    run.target,
    String(run.concurrency),
    String(run.requestsPerSecond),
    run.latencyMs.p50.toFixed(1),
    run.latencyMs.p90.toFixed(1),
    run.latencyMs.p99.toFixed(1),
    run.latencyMs.max.toFixed(1),
    String(run.non2xx),
    String(run.socketErrors + run.timeouts),
    String(run.ok2xx),
    String(run.rowsStored),
    String(run.lost),
    run.peakRssMb.toFixed(0),
    String(run.cpu.servicePctOfCore),
    run.cpu.postgresPctOfCore === null ? '-' : String(run.cpu.postgresPctOfCore),
    String(run.cpu.loadGeneratorPctOfCore),
    String(run.cpu.otherPctOfCore),
    String(run.cpu.serviceUsPerRequest),
    run.cpu.postgresUsPerRequest === null ? '-' : String(run.cpu.postgresUsPerRequest),
  ]);
  const ratios = ratiosOf(runs);
  const ratioTable = ratios.length
    ? '\n\n' +
      pad([
        ['conc', 'ours req/s', 'ceiling req/s', 'ours/ceiling'],
        ...ratios.map((item) => [
          String(item.concurrency),
          String(item.ours),
          String(item.ceiling),
          item.ratio.toFixed(2),
        ]),
      ])
    : '';
  return pad([header, ...rows]) + ratioTable;
}

const COLORS: Record<TargetName, string> = { ours: '#1f6feb', ceiling: '#8b949e', embedded: '#2da44e' };
const LABELS: Record<TargetName, string> = {
  ours: 'berinia-webhook (PostgreSQL)',
  ceiling: 'ceiling: node:http + 1 INSERT',
  embedded: 'berinia-webhook (PGlite)',
};

export function chartOf(runs: RunResult[], concurrency: number[]): string {
  const targets = (['ours', 'ceiling', 'embedded'] as const).filter((target) =>
    runs.some((run) => run.target === target),
  );
  const series: ChartSeries[] = targets.map((target) => {
    const at = (level: number) => runs.find((run) => run.target === target && run.concurrency === level);
    return {
      name: LABELS[target],
      color: COLORS[target],
      throughput: concurrency.map((level) => at(level)?.requestsPerSecond ?? null),
      p99Ms: concurrency.map((level) => at(level)?.latencyMs.p99 ?? null),
    };
  });
  return renderChart('POST /webhook/sms-response: throughput and p99 latency', concurrency, series);
}

/** bench/results/webhook-<timestamp>.json, latest.json and the chart. */
export function writeResults(report: object, runs: RunResult[], concurrency: number[]): string[] {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const json = JSON.stringify(report, null, 2) + '\n';
  const files = [
    path.join(RESULTS_DIR, `webhook-${stamp}.json`),
    path.join(RESULTS_DIR, 'latest.json'),
    path.join(RESULTS_DIR, 'throughput-p99.svg'),
  ];
  writeFileSync(files[0] as string, json);
  writeFileSync(files[1] as string, json);
  writeFileSync(files[2] as string, chartOf(runs, concurrency));
  return files;
}
