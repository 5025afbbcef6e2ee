// `npm run bench`: every case of docs/performance.md, several rounds each, a table of medians and ratios on
// stdout, and bench/results.json (with every round's value and the machine it ran on). Not part
// of `npm test`: numbers belong here, never in tests. `npm run bench -- --markdown` also prints
// the table as Markdown (for docs/performance.md).
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { bundleSize } from "./bundle-size.js";
import { type CaseFigures, caseDispatch, caseTable } from "./case-dispatch.js";
import { clientCost } from "./client-cost.js";
import { connectLatency } from "./connect-latency.js";
import { largeFiles } from "./large-files.js";
import type { Row } from "./measure.js";
import { memory } from "./memory.js";
import { loadProtobufjs } from "./protobufjs.js";
import { rpcThroughput } from "./rpc-throughput.js";
import { stateFile } from "./state-file.js";
import { markdownTable, printTable } from "./table.js";

const started = performance.now();
const pb = await loadProtobufjs();
const rows: Row[] = [];
const step = async (name: string, run: () => Promise<Row[]>): Promise<void> => {
  const t0 = performance.now();
  process.stderr.write(`${name} ...`);
  rows.push(...(await run()));
  process.stderr.write(` ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
};

await step("1 RPC throughput (each client in its own process)", () => rpcThroughput({ rounds: 5, warmupMs: 300, durationMs: 1000 }));
await step("1 client work (in process)", () => clientCost(pb, 5));
let cases: CaseFigures[] = [];
await step("2 dispatch and decode, every Update and RPCResult case", async () => {
  const measured = await caseDispatch(pb, 3);
  cases = measured.cases;
  return measured.rows;
});
await step("3 connect latency", () => connectLatency(5));
await step("4 memory", () => memory(3));
await step("5 bundle size", () => bundleSize());
await step("6 large files", () => largeFiles(3));
await step("7 state file", () => stateFile(3));

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? "unknown",
  memoryGiB: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
};
const seconds = (performance.now() - started) / 1000;
writeFileSync(join(process.cwd(), "bench", "results.json"), `${JSON.stringify({ date: new Date().toISOString(), seconds, machine, rows, cases }, null, 2)}\n`);
console.log(`\nosmium-chat bench — ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, ${seconds.toFixed(0)} s; medians of rounds\n`);
printTable(rows);
if (process.argv.includes("--markdown")) console.log(`\n${markdownTable(rows)}\n\n${caseTable(cases)}`);
