// `npm run bench`: every case of issue 7, several rounds each, a table of medians and ratios on
// stdout, and bench/results.json. Not part of `npm test`: numbers belong here, never in tests.
import { loadProtobufjs } from "./protobufjs.js";
import { rpcThroughput } from "./rpc-throughput.js";
import type { Row } from "./measure.js";
import { printTable } from "./table.js";

const pb = await loadProtobufjs();
const rows: Row[] = [];
rows.push(...(await rpcThroughput(pb, { rounds: 5, warmupMs: 300, durationMs: 1000 })));
printTable(rows);
