// Profiling entry (not a case): runs one client of case 1 alone against the answering server for a
// few seconds, so `node --cpu-prof` sees only its hot path. `npm run bench:profile` runs it for
// osmium-chat and prints the functions with the most self time (profile-summary.ts); pass
// `-- protobufjs` or `-- bare` to profile the others: `npm run bench:profile -- protobufjs 100`.
import { startChild } from "./child.js";
import { loadProtobufjs } from "./protobufjs.js";
import { bare, ours, protobufjs } from "./rpc-throughput.js";

const kind = process.argv[2] ?? "osmium-chat";
const inFlight = Number(process.argv[3] ?? 100);
const timing = { rounds: 1, warmupMs: 300, durationMs: Number(process.argv[4] ?? 4000) };
const server = startChild<{ port: number }>("answering-server");
const { port } = await server.ready;
const url = `ws://127.0.0.1:${port}`;
const pb = kind === "protobufjs" ? await loadProtobufjs() : undefined;
const { perSecond, cpuUsPerCall } = pb ? await protobufjs(pb, url, inFlight, timing) : kind === "bare" ? await bare(url, inFlight, timing) : await ours(url, inFlight, timing);
console.log(`${kind}, ${inFlight} in flight: ${Math.round(perSecond).toLocaleString("en-US")} calls/s, ${cpuUsPerCall.toFixed(2)} µs client CPU per call`);
await server.stop();
