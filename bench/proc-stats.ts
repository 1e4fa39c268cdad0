import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

/** Linux's USER_HZ: /proc counts CPU time in ticks of 10 ms on every kernel we run on (getconf CLK_TCK). */
const MS_PER_TICK = 10;

interface StatFields {
  comm: string;
  ppid: number;
  /** utime + stime: what the process itself used, all threads. */
  ownTicks: number;
  /** cutime + cstime: what its children used before they were reaped. */
  childrenTicks: number;
}

function readStat(pid: number): StatFields | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name sits in parentheses and may itself hold spaces or parentheses.
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  const rest = text.slice(close + 2).split(' ');
  // rest[0] is field 3 (state): field n is rest[n - 3].
  const field = (n: number) => Number(rest[n - 3]);
  return {
    comm: text.slice(open + 1, close),
    ppid: field(4),
    ownTicks: field(14) + field(15),
    childrenTicks: field(16) + field(17),
  };
}

/** CPU time a process has used so far, in ms, or null once it is gone. */
export function processCpuMs(pid: number): number | null {
  const stat = readStat(pid);
  return stat ? stat.ownTicks * MS_PER_TICK : null;
}

/**
 * CPU time of the whole PostgreSQL cluster on this host, in ms: every
 * `postgres` process (backends, WAL writer, checkpointer…) plus what the
 * backends that already exited used (the postmaster reaped them).
 */
export function postgresCpuMs(): number {
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (!stat || stat.comm !== 'postgres') continue;
    ticks += stat.ownTicks;
    const parent = readStat(stat.ppid);
    if (parent?.comm !== 'postgres') ticks += stat.childrenTicks;
  }
  return ticks * MS_PER_TICK;
}

/** CPU time the whole machine spent busy (all CPUs, every process and the kernel), in ms. */
export function machineBusyMs(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return (user + nice + system + irq + softirq + steal) * MS_PER_TICK;
}

/**
 * Waits until the machine is quiet (other processes using less than
 * `maxCores` CPUs over a second), at most `deadlineMs`; resolves to the load
 * last seen, in cores. A benchmark sharing its cores with a test suite
 * measures the test suite.
 */
export async function waitForQuiet(maxCores = 0.2, deadlineMs = 30_000): Promise<number> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const before = machineBusyMs();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const cores = (machineBusyMs() - before) / 1000;
    if (cores < maxCores || Date.now() > deadline) return cores;
  }
}

export interface MemorySample {
  rssKb: number;
  /** Peak RSS since the process started or since resetPeakRss. */
  hwmKb: number;
}

export function memoryOf(pid: number): MemorySample | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
  return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
}

/** Resets VmHWM to the current RSS (Linux ≥ 4.0), so the next peak is this run's. */
export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Polls a process's RSS while a run lasts: the peak, and a timeline for the soak. */
export class RssSampler {
  readonly timeline: { atMs: number; rssKb: number }[] = [];
  #peakKb = 0;
  #timer: NodeJS.Timeout | undefined;
  #kernelPeakIsOurs = false;
  readonly #startedAt = Date.now();

  constructor(
    private readonly pid: number,
    private readonly intervalMs = 100,
    private readonly keepTimeline = false,
  ) {}

  start(): this {
    this.#kernelPeakIsOurs = resetPeakRss(this.pid);
    this.#sample();
    this.#timer = setInterval(() => this.#sample(), this.intervalMs);
    return this;
  }

  /** The highest RSS seen, in kB, also taking the kernel's own peak into account. */
  stop(): number {
    clearInterval(this.#timer);
    this.#sample();
    const hwm = this.#kernelPeakIsOurs ? (memoryOf(this.pid)?.hwmKb ?? 0) : 0;
    return Math.max(this.#peakKb, hwm);
  }

  #sample(): void {
    const memory = memoryOf(this.pid);
    if (!memory) return;
    this.#peakKb = Math.max(this.#peakKb, memory.rssKb);
    if (this.keepTimeline) this.timeline.push({ atMs: Date.now() - this.#startedAt, rssKb: memory.rssKb });
  }
}
