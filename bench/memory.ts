// Case 4, memory: heap per pending call with 10 000 in flight, the heap after 1 000 000 calls
// against the heap before them (goal: back within 5%), and heap per retained decoded update. Each
// round runs memory-child.ts in a fresh process with --expose-gc.
import { startChild } from "./child.js";
import { type Row, compare, median, row, rounds, withGoal } from "./measure.js";

interface MemoryResult {
  readonly pendingBytes: number;
  readonly startBytes: number;
  readonly endBytes: number;
  readonly retained: { readonly ours: number; readonly protobufjs: number };
}

/** Runs case 4 over `roundCount` child processes. */
export async function memory(roundCount: number): Promise<Row[]> {
  const results: MemoryResult[] = [];
  await rounds(roundCount, async () => {
    const child = startChild<MemoryResult>("memory-child", ["--expose-gc"]);
    results.push(await child.ready);
    await child.stop();
    return 0;
  });
  const name = "4 memory";
  const pending = row(name, "heap per pending call, 10 000 in flight", "B", results.map((r) => r.pendingBytes));
  const growth = row(name, "heap after 1 000 000 calls vs before", "%", results.map((r) => (100 * (r.endBytes - r.startBytes)) / r.startBytes), {
    note: `heap before the calls: ${(median(results.map((r) => r.startBytes)) / 1024 / 1024).toFixed(1)} MiB`,
  });
  const ours = row(name, "heap per retained messageCreated update, osmium-chat", "B", results.map((r) => r.retained.ours));
  const pb = row(name, "heap per retained messageCreated update, protobufjs", "B", results.map((r) => r.retained.protobufjs));
  return [
    withGoal(pending, "≤ 512 B", pending.median <= 512),
    withGoal(growth, "≤ 5% above the start", growth.median <= 5),
    compare(ours, pb),
    pb,
  ];
}
