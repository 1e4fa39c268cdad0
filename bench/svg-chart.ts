export interface ChartSeries {
  name: string;
  color: string;
  /** One point per concurrency level, in the order of `concurrency`; null: not measured. */
  throughput: (number | null)[];
  p99Ms: (number | null)[];
}

const WIDTH = 840;
const HEIGHT = 420;
const MARGIN = { left: 70, right: 85, top: 40, bottom: 80 };

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A round upper bound and step for an axis: 1, 2 or 5 times a power of ten. */
function niceScale(max: number, ticks = 5): { top: number; step: number } {
  const raw = Math.max(max, 1) / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= raw) ?? raw;
  return { top: Math.ceil(max / step) * step || step, step };
}

/**
 * Throughput (solid, left axis) and p99 latency (dashed, right axis) against
 * concurrency (log scale), as a self-contained SVG: no native dependency.
 */
export function renderChart(title: string, concurrency: number[], series: ChartSeries[]): string {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const logs = concurrency.map((level) => Math.log2(level));
  const minLog = Math.min(...logs);
  const spanLog = Math.max(...logs) - minLog || 1;
  const x = (index: number) => MARGIN.left + (((logs[index] ?? 0) - minLog) / spanLog) * plotWidth;
  const values = (pick: (s: ChartSeries) => (number | null)[]) =>
    series.flatMap(pick).filter((value): value is number => value !== null);
  const left = niceScale(Math.max(...values((s) => s.throughput), 1));
  // Latency spans milliseconds to seconds across targets: a log scale keeps every line readable.
  const rightTop = 10 ** Math.ceil(Math.log10(Math.max(...values((s) => s.p99Ms), 10)));
  const rightBottom = 10 ** Math.floor(Math.log10(Math.max(Math.min(...values((s) => s.p99Ms), 1), 0.1)));
  const yLeft = (value: number) => MARGIN.top + plotHeight - (value / left.top) * plotHeight;
  const yRight = (value: number) =>
    MARGIN.top +
    plotHeight -
    (Math.log10(Math.max(value, rightBottom) / rightBottom) / Math.log10(rightTop / rightBottom)) * plotHeight;

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`,
    `<text x="${WIDTH / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${escape(title)}</text>`,
  ];
  for (let value = 0; value <= left.top + 1e-9; value += left.step) {
    const y = yLeft(value).toFixed(1);
    parts.push(
      `<line x1="${MARGIN.left}" y1="${y}" x2="${WIDTH - MARGIN.right}" y2="${y}" stroke="#e5e5e5"/>`,
      `<text x="${MARGIN.left - 8}" y="${y}" text-anchor="end" dominant-baseline="middle">${Math.round(value)}</text>`,
    );
  }
  for (let decade = rightBottom; decade <= rightTop * 1.001; decade *= 10) {
    for (const value of decade < rightTop ? [decade, decade * 3] : [decade]) {
      const label = Number(value.toPrecision(2));
      const y = yRight(value).toFixed(1);
      parts.push(
        `<text x="${WIDTH - MARGIN.right + 8}" y="${y}" dominant-baseline="middle" fill="#555">${label}</text>`,
      );
    }
  }
  concurrency.forEach((level, index) => {
    const px = x(index).toFixed(1);
    parts.push(
      `<line x1="${px}" y1="${MARGIN.top}" x2="${px}" y2="${MARGIN.top + plotHeight}" stroke="#f0f0f0"/>`,
      `<text x="${px}" y="${MARGIN.top + plotHeight + 18}" text-anchor="middle">${level}</text>`,
    );
  });
  const axisY = MARGIN.top + plotHeight;
  parts.push(
    `<line x1="${MARGIN.left}" y1="${axisY}" x2="${WIDTH - MARGIN.right}" y2="${axisY}" stroke="#333"/>`,
    `<text x="${MARGIN.left + plotWidth / 2}" y="${axisY + 38}" text-anchor="middle">concurrent connections (log scale)</text>`,
    `<text transform="translate(18 ${MARGIN.top + plotHeight / 2}) rotate(-90)" text-anchor="middle">requests/s (solid)</text>`,
    `<text transform="translate(${WIDTH - 14} ${MARGIN.top + plotHeight / 2}) rotate(90)" text-anchor="middle" fill="#555">p99 latency, ms, log scale (dashed)</text>`,
  );

  const line = (points: (number | null)[], y: (value: number) => number, color: string, dashed: boolean) => {
    const coords = points.flatMap((value, index) =>
      value === null ? [] : [`${x(index).toFixed(1)},${y(value).toFixed(1)}`],
    );
    if (coords.length === 0) return;
    const dash = dashed ? ' stroke-dasharray="6 4"' : '';
    parts.push(`<polyline points="${coords.join(' ')}" fill="none" stroke="${color}" stroke-width="2"${dash}/>`);
    for (const coord of coords) {
      const [cx, cy] = coord.split(',');
      parts.push(
        `<circle cx="${cx}" cy="${cy}" r="3.5" fill="${dashed ? 'white' : color}" stroke="${color}" stroke-width="1.5"/>`,
      );
    }
  };
  for (const item of series) {
    line(item.throughput, yLeft, item.color, false);
    line(item.p99Ms, yRight, item.color, true);
  }
  series.forEach((item, index) => {
    const lx = MARGIN.left + index * 250;
    const ly = HEIGHT - 16;
    parts.push(
      `<line x1="${lx}" y1="${ly}" x2="${lx + 24}" y2="${ly}" stroke="${item.color}" stroke-width="3"/>`,
      `<text x="${lx + 30}" y="${ly}" dominant-baseline="middle">${escape(item.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
