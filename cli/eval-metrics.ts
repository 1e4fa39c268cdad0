import { INTENTS, type Intent } from '../src/domain/interpretation.js';

export interface LabelledPrediction {
  id: string;
  expected: Intent;
  predicted: Intent;
}

export interface IntentScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvaluationReport {
  total: number;
  accuracy: number;
  macroF1: number;
  perIntent: Record<Intent, IntentScores>;
  optOut: { recall: number; precision: number; missed: string[]; falseAlarms: string[] };
  /** confusion[expected][predicted] */
  confusion: Record<Intent, Record<Intent, number>>;
}

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? 0 : numerator / denominator);

export function evaluate(predictions: LabelledPrediction[]): EvaluationReport {
  const confusion = Object.fromEntries(
    INTENTS.map((expected) => [expected, Object.fromEntries(INTENTS.map((predicted) => [predicted, 0]))]),
  ) as Record<Intent, Record<Intent, number>>;
  for (const { expected, predicted } of predictions) confusion[expected][predicted] += 1;

  const perIntent = {} as Record<Intent, IntentScores>;
  for (const intent of INTENTS) {
    const truePositives = confusion[intent][intent];
    const predictedCount = INTENTS.reduce((sum, expected) => sum + confusion[expected][intent], 0);
    const support = INTENTS.reduce((sum, predicted) => sum + confusion[intent][predicted], 0);
    const precision = ratio(truePositives, predictedCount);
    const recall = ratio(truePositives, support);
    perIntent[intent] = { precision, recall, f1: ratio(2 * precision * recall, precision + recall), support };
  }
  const present = INTENTS.filter((intent) => perIntent[intent].support > 0);
  const correct = predictions.filter((entry) => entry.expected === entry.predicted).length;
  return {
    total: predictions.length,
    accuracy: ratio(correct, predictions.length),
    macroF1: ratio(
      present.reduce((sum, intent) => sum + perIntent[intent].f1, 0),
      present.length,
    ),
    perIntent,
    optOut: {
      recall: perIntent.opt_out.recall,
      precision: perIntent.opt_out.precision,
      missed: predictions.filter((p) => p.expected === 'opt_out' && p.predicted !== 'opt_out').map((p) => p.id),
      falseAlarms: predictions.filter((p) => p.expected !== 'opt_out' && p.predicted === 'opt_out').map((p) => p.id),
    },
    confusion,
  };
}

const pct = (value: number) => value.toFixed(3);

export function formatReport(name: string, report: EvaluationReport): string {
  const lines = [
    `# ${name}: ${report.total} messages`,
    `accuracy ${pct(report.accuracy)}   macro-F1 ${pct(report.macroF1)}   opt-out recall ${pct(report.optOut.recall)}   opt-out precision ${pct(report.optOut.precision)}`,
    '',
    `${'intent'.padEnd(15)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(6)} ${'support'.padStart(8)}`,
  ];
  for (const intent of INTENTS) {
    const s = report.perIntent[intent];
    lines.push(
      `${intent.padEnd(15)} ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(7)} ${pct(s.f1).padStart(6)} ${String(s.support).padStart(8)}`,
    );
  }
  const short = (intent: Intent) => intent.slice(0, 6);
  lines.push('', 'confusion (rows: expected, columns: predicted)');
  lines.push(`${''.padEnd(15)}${INTENTS.map((intent) => short(intent).padStart(7)).join('')}`);
  for (const expected of INTENTS) {
    lines.push(
      `${expected.padEnd(15)}${INTENTS.map((predicted) => String(report.confusion[expected][predicted]).padStart(7)).join('')}`,
    );
  }
  if (report.optOut.missed.length > 0) lines.push('', `missed opt-outs: ${report.optOut.missed.join(', ')}`);
  if (report.optOut.falseAlarms.length > 0) lines.push(`false opt-outs: ${report.optOut.falseAlarms.join(', ')}`);
  return lines.join('\n');
}
