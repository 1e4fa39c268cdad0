import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { interpretText } from '../agents/interpreter/interpret-text.js';

/**
 * Time to interpret one SMS with the rules, over the whole corpus: each call
 * timed alone, so the percentiles are per message and not per batch.
 * Run with `npm run bench:interpret`; ROUNDS and WARMUP_ROUNDS override the defaults.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(root, 'test', 'fixtures');
const ROUNDS = Number(process.env.ROUNDS ?? 200);
const WARMUP_ROUNDS = Number(process.env.WARMUP_ROUNDS ?? 20);

const files = readdirSync(fixtures)
  .filter((name) => /^corpus-.*\.jsonl$/.test(name))
  .sort();
const texts = files.flatMap((name) =>
  readFileSync(path.join(fixtures, name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text),
);
if (texts.length === 0) throw new Error(`no corpus-*.jsonl messages in ${fixtures}`);

// Warm-up: let V8 compile and optimise the interpreter before anything is measured.
let sink = 0;
for (let round = 0; round < WARMUP_ROUNDS; round += 1) {
  for (const text of texts) sink += interpretText(text).confidence;
}

const samples = new Float64Array(ROUNDS * texts.length);
let index = 0;
const started = process.hrtime.bigint();
for (let round = 0; round < ROUNDS; round += 1) {
  for (const text of texts) {
    const before = process.hrtime.bigint();
    sink += interpretText(text).confidence;
    samples[index++] = Number(process.hrtime.bigint() - before) / 1000;
  }
}
const totalSeconds = Number(process.hrtime.bigint() - started) / 1e9;
samples.sort();

const percentile = (p: number) => samples[Math.min(samples.length - 1, Math.ceil((p / 100) * samples.length) - 1)] ?? 0;
const round2 = (value: number) => Math.round(value * 100) / 100;
const result = {
  benchmark: 'interpretText (rules), one message per measurement',
  corpus: files,
  messages: texts.length,
  rounds: ROUNDS,
  warmupRounds: WARMUP_ROUNDS,
  samples: samples.length,
  unit: 'µs',
  medianUs: round2(percentile(50)),
  p90Us: round2(percentile(90)),
  p99Us: round2(percentile(99)),
  maxUs: round2(samples[samples.length - 1] ?? 0),
  meanUs: round2(samples.reduce((sum, value) => sum + value, 0) / samples.length),
  messagesPerSecond: Math.round(samples.length / totalSeconds),
  node: process.version,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  date: new Date().toISOString(),
  checksum: round2(sink),
};

const out = path.join(root, 'bench', 'results', 'interpret.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(
  `interpretText over ${texts.length} messages × ${ROUNDS} rounds: median ${result.medianUs} µs, ` +
    `p99 ${result.p99Us} µs (p90 ${result.p90Us}, max ${result.maxUs}); ${result.messagesPerSecond} msg/s\n→ ${path.relative(root, out)}`,
);
