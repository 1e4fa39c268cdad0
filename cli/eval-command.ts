import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { interpretText } from '../agents/interpreter/interpret-text.js';
import { INTENTS, type Intent } from '../src/domain/interpretation.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { evaluate, formatReport, type LabelledPrediction } from './eval-metrics.js';

const DEFAULT_FILES = [
  'test/fixtures/corpus-dev.jsonl',
  'test/fixtures/corpus-dev2.jsonl',
  'test/fixtures/corpus-dev3.jsonl',
  'test/fixtures/corpus-dev4.jsonl',
  'test/fixtures/corpus-dev5.jsonl',
  'test/fixtures/corpus-dev6.jsonl',
  'test/fixtures/corpus-dev7.jsonl',
  'test/fixtures/corpus-dev8.jsonl',
  'test/fixtures/corpus-dev9.jsonl',
  'test/fixtures/corpus-dev10.jsonl',
  'test/fixtures/corpus-dev11.jsonl',
  'test/fixtures/corpus-dev12.jsonl',
  'test/fixtures/corpus-dev13.jsonl',
  'test/fixtures/corpus-dev14.jsonl',
  'test/fixtures/corpus-dev15.jsonl',
  'test/fixtures/corpus-dev16.jsonl',
  'test/fixtures/corpus-dev17.jsonl',
  'test/fixtures/corpus-dev18.jsonl',
  'test/fixtures/corpus-dev19.jsonl',
  'test/fixtures/corpus-dev20.jsonl',
  'test/fixtures/corpus-dev21.jsonl',
  'test/fixtures/corpus-dev22.jsonl',
  'test/fixtures/corpus-dev23.jsonl',
  'test/fixtures/corpus-dev24.jsonl',
  'test/fixtures/corpus-dev25.jsonl',
  'test/fixtures/corpus-dev26.jsonl',
  'test/fixtures/corpus-dev27.jsonl',
  'test/fixtures/corpus-dev28.jsonl',
  'test/fixtures/corpus-dev29.jsonl',
  'test/fixtures/corpus-dev30.jsonl',
  'test/fixtures/corpus-heldout.jsonl',
];

/**
 * Scores the rules interpreter on labelled JSON lines ({"id","text","intent"}):
 * accuracy, macro-F1, per-intent scores, opt-out recall/precision, confusion.
 */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { errors: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const files = positionals.length > 0 ? positionals : DEFAULT_FILES.map((file) => path.join(PROJECT_ROOT, file));
  for (const file of files) {
    const predictions: (LabelledPrediction & { text: string })[] = [];
    for (const [index, line] of readFileSync(file, 'utf8').split('\n').entries()) {
      if (line.trim() === '') continue;
      const entry = JSON.parse(line) as { id?: string; text: string; intent: string };
      if (!INTENTS.includes(entry.intent as Intent))
        throw new Error(`${file}:${index + 1}: unknown intent "${entry.intent}"`);
      const predicted = interpretText(entry.text).intent;
      predictions.push({
        id: entry.id ?? `line-${index + 1}`,
        expected: entry.intent as Intent,
        predicted,
        text: entry.text,
      });
    }
    const report = evaluate(predictions);
    process.stdout.write(
      values.json ? `${JSON.stringify({ file, ...report })}\n` : `${formatReport(path.basename(file), report)}\n\n`,
    );
    if (values.errors) {
      for (const p of predictions.filter((entry) => entry.expected !== entry.predicted)) {
        process.stdout.write(`${p.id}\texpected ${p.expected}\tgot ${p.predicted}\t${p.text}\n`);
      }
      process.stdout.write('\n');
    }
  }
  return 0;
}
