import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { interpretText } from '../agents/interpreter/interpret-text.js';
import { INTENTS, type Intent } from '../src/domain/interpretation.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { evaluate, formatReport, type LabelledPrediction } from './eval-metrics.js';

/** Every development set in order (dev, dev2, dev3, …), then the held-out set: the list grows with the fixtures. */
function defaultFiles(): string[] {
  const fixtures = path.join(PROJECT_ROOT, 'test', 'fixtures');
  const development = readdirSync(fixtures)
    .map((name) => /^corpus-dev(\d*)\.jsonl$/.exec(name))
    .filter((match) => match !== null)
    .sort((a, b) => Number(a[1] || 1) - Number(b[1] || 1))
    .map((match) => path.join(fixtures, match[0]));
  return [...development, path.join(fixtures, 'corpus-heldout.jsonl')];
}

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
  const files = positionals.length > 0 ? positionals : defaultFiles();
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
