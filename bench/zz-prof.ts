import { OsmiumClient } from "../src/index.js";
import { createDirectTransport } from "./direct-transport.js";
import { sendMessageRequest } from "./frames.js";
import { drive } from "./measure.js";
const direct = createDirectTransport();
const client = new OsmiumClient({ transport: direct.transport, reconnect: false, keepalive: false });
await client.connect();
for (let i = 0; i < 5; i++) {
const r = await drive(() => client.messages.sendMessage(sendMessageRequest), 100, 200, 1000);
console.log(Math.round(r.perSecond), r.cpuUsPerCall.toFixed(2));
}
await client.close();
