// Measuring: rounds, medians, and the one result row format every case reports in.
import { setTimeout as sleep } from "node:timers/promises";

/** One measured quantity of one case: each round's value and their median. */
export interface Row {
  /** Case number and name, e.g. "1 RPC throughput". */
  readonly case: string;
  /** What was measured, e.g. "osmium-chat, 100 in flight". */
  readonly name: string;
  readonly unit: string;
  /** Median over rounds. */
  readonly median: number;
  /** Every round's value, in run order. */
  readonly rounds: readonly number[];
  /** Median divided by the medians of other rows (named by `to`), measured in the same rounds. */
  readonly ratios?: readonly { readonly to: string; readonly value: number }[];
  /** The goals for this row, in words, and whether this run met them. */
  readonly goals?: readonly { readonly text: string; readonly met: boolean }[];
  /** What the row depends on or why a goal is out of reach. */
  readonly note?: string;
}

/** The median of `values` (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Builds a row from round values. */
export function row(caseName: string, name: string, unit: string, rounds: readonly number[], extra: Partial<Pick<Row, "note">> = {}): Row {
  return { case: caseName, name, unit, median: median(rounds), rounds, ...extra };
}

/** The row with one more ratio, to `base`, and, when `goal` is given, whether that ratio is ≥ goal. */
export function compare(target: Row, base: Row, goal?: number): Row {
  const value = target.median / base.median;
  const goals = goal === undefined ? target.goals : [...(target.goals ?? []), { text: `≥ ${goal.toFixed(1)}× ${base.name}`, met: value >= goal }];
  return { ...target, ratios: [...(target.ratios ?? []), { to: base.name, value }], ...(goals ? { goals } : {}) };
}

/** The row with one more goal. */
export function withGoal(target: Row, text: string, met: boolean): Row {
  return { ...target, goals: [...(target.goals ?? []), { text, met }] };
}

/** Calls per second in a measured window, and this process's CPU time per call in it. */
export interface Throughput {
  readonly perSecond: number;
  /** User + system CPU time of the client process per call, in µs (less sensitive to a busy machine). */
  readonly cpuUsPerCall: number;
}

/** Measures the window between the returned function's two calls: completed `count()` per second and CPU per completion. */
export function window(count: () => number): () => Throughput {
  const c0 = count();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  return () => {
    const calls = count() - c0;
    const cpu = process.cpuUsage(cpu0);
    return { perSecond: calls / ((performance.now() - t0) / 1000), cpuUsPerCall: (cpu.user + cpu.system) / calls };
  };
}

/**
 * Keeps `inFlight` calls of `call` running for a warm-up and then `durationMs`, and measures the
 * window after the warm-up. Every promise-based client is driven by this same loop, so their
 * numbers differ only by what the clients do.
 */
export async function drive(call: () => Promise<unknown>, inFlight: number, warmupMs: number, durationMs: number): Promise<Throughput> {
  let count = 0;
  let running = true;
  const worker = async (): Promise<void> => {
    while (running) {
      await call();
      count++;
    }
  };
  const workers = Array.from({ length: inFlight }, worker);
  await sleep(warmupMs);
  const end = window(() => count);
  await sleep(durationMs);
  const result = end();
  running = false;
  await Promise.all(workers);
  return result;
}

/** Runs `fn` `rounds` times (each call one round) and collects the values. */
export async function rounds(count: number, fn: (round: number) => Promise<number>): Promise<number[]> {
  const values: number[] = [];
  for (let i = 0; i < count; i++) values.push(await fn(i));
  return values;
}
