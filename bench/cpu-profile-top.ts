import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

/**
 * Reads a V8 .cpuprofile (node --cpu-prof) and prints where the time went:
 * the functions with the most self time, self time by package or project
 * folder, and the inclusive share of chosen functions.
 * `npm run bench:profile-top -- FILE|DIR [--top 30] [--inclusive interpretText,recordInbound]`
 */
interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    top: { type: 'string', default: '30' },
    inclusive: { type: 'string', default: 'interpretText,verifyTwilioSignature,parseFormBody,processSms,toE164' },
  },
});

function newestProfile(target: string): string {
  if (!statSync(target).isDirectory()) return target;
  const files = readdirSync(target)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => path.join(target, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (!files[0]) throw new Error(`no .cpuprofile in ${target}`);
  return files[0];
}

/** Where a frame's code lives: a package, a project folder, or V8/Node itself. */
function areaOf(url: string): string {
  if (url === '') return '(native/V8)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules !== -1) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  if (url.startsWith('node:')) return url;
  const dist = url.indexOf('/dist/');
  if (dist !== -1) {
    const parts = url.slice(dist + '/dist/'.length).split('/');
    return parts.slice(0, parts[0] === 'agents' && parts[1] === 'interpreter' ? 2 : 1).join('/');
  }
  return url;
}

const file = newestProfile(positionals[0] ?? '.');
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

// Self time per node from the samples and the time between them.
const selfUs = new Map<number, number>();
profile.samples.forEach((id, index) => {
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
});
const totalUs = [...selfUs.values()].reduce((sum, value) => sum + value, 0);
const idle = profile.nodes
  .filter((node) => ['(idle)', '(program)', '(garbage collector)'].includes(node.callFrame.functionName))
  .map((node) => [node.callFrame.functionName, selfUs.get(node.id) ?? 0] as const);
const busyUs = totalUs - (idle.find(([name]) => name === '(idle)')?.[1] ?? 0);

const pct = (us: number) => `${((us / busyUs) * 100).toFixed(1)}%`.padStart(6);
const ms = (us: number) => `${(us / 1000).toFixed(0)} ms`.padStart(9);

const byFunction = new Map<string, number>();
const byArea = new Map<string, number>();
for (const [id, us] of selfUs) {
  const frame = byId.get(id)?.callFrame;
  if (!frame || frame.functionName === '(idle)') continue;
  const where = frame.url ? `${areaOf(frame.url)}:${path.basename(frame.url)}:${frame.lineNumber + 1}` : '';
  const key = `${frame.functionName || '(anonymous)'} ${where}`.trim();
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  const area = areaOf(frame.url);
  byArea.set(area, (byArea.get(area) ?? 0) + us);
}

// Inclusive time of named functions: a sample counts once even under recursion.
const wanted = new Set(values.inclusive.split(',').filter(Boolean));
const inclusive = new Map<string, number>();
profile.samples.forEach((id, index) => {
  const seen = new Set<string>();
  for (let current: number | undefined = id; current !== undefined; current = parentOf.get(current)) {
    const name = byId.get(current)?.callFrame.functionName ?? '';
    if (wanted.has(name)) seen.add(name);
  }
  for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0));
});

const top = Number(values.top);
const out: string[] = [
  `${file}`,
  `wall ${ms(profile.endTime - profile.startTime)}, busy (not idle) ${ms(busyUs)}; percentages are of busy time`,
  '',
  'self time by function:',
  ...[...byFunction.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, us]) => `${pct(us)} ${ms(us)}  ${key}`),
  '',
  'self time by area:',
  ...[...byArea.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([area, us]) => `${pct(us)} ${ms(us)}  ${area}`),
  '',
  'inclusive time:',
  ...[...wanted].map((name) => `${pct(inclusive.get(name) ?? 0)} ${ms(inclusive.get(name) ?? 0)}  ${name}`),
];
process.stdout.write(out.join('\n') + '\n');
