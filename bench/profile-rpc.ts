// Profiling entry (not a case): runs one client of case 1 alone against the answering server for a
// few seconds, so `node --cpu-prof` sees only its hot path. `npm run bench:profile` runs it for
// osmium-chat and prints the functions with the most self time (profile-summary.ts).
import { OsmiumClient } from "../src/index.js";
import { startChild } from "./child.js";
import { sendMessageRequest } from "./frames.js";
import { drive } from "./measure.js";

const inFlight = Number(process.argv[2] ?? 100);
const durationMs = Number(process.argv[3] ?? 4000);
const server = startChild<{ port: number }>("answering-server");
const { port } = await server.ready;
const client = new OsmiumClient({ url: `ws://127.0.0.1:${port}`, reconnect: false, keepalive: false });
await client.connect();
const { perSecond, cpuUsPerCall } = await drive(() => client.messages.sendMessage(sendMessageRequest), inFlight, 300, durationMs);
console.log(`osmium-chat, ${inFlight} in flight: ${Math.round(perSecond).toLocaleString("en-US")} calls/s, ${cpuUsPerCall.toFixed(2)} µs client CPU per call`);
await client.close();
await server.stop();
