// Case 6's client, in its own process so that its memory is the client's alone (the reference
// server, which keeps the file, runs in another): uploads a generated 50 MiB file with
// `client.media.upload`, attaches it to a message, downloads it with `client.media.downloadStream`,
// checks the bytes, and samples memory every 20 ms. Sends one IPC message with the results.
import { createHash } from "node:crypto";
import { ChatRefs, OsmiumClient } from "../src/index.js";

const [url = "", token = "", sizeArg = "0"] = process.argv.slice(2);
const SIZE = Number(sizeArg);
const CHUNK = 1024 * 1024;

/** The file, made chunk by chunk from a counter (never whole in memory). */
async function* file(hash: ReturnType<typeof createHash>): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < SIZE; at += CHUNK) {
    const chunk = new Uint8Array(Math.min(CHUNK, SIZE - at));
    const words = new Uint32Array(chunk.buffer, 0, chunk.byteLength >>> 2);
    for (let i = 0; i < words.length; i++) words[i] = Math.imul(at + i * 4, 2654435761) >>> 0;
    hash.update(chunk);
    yield chunk;
  }
}

const baseline = process.memoryUsage();
const peak = { rss: baseline.rss, heapUsed: baseline.heapUsed, arrayBuffers: baseline.arrayBuffers };
const sampler = setInterval(() => {
  const now = process.memoryUsage();
  peak.rss = Math.max(peak.rss, now.rss);
  peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed);
  peak.arrayBuffers = Math.max(peak.arrayBuffers, now.arrayBuffers);
}, 20);

const client = new OsmiumClient({ url, token, reconnect: false, keepalive: false });
await client.connect();
const sent = createHash("sha256");
const t0 = performance.now();
const media = await client.media.upload(file(sent), { filename: "bench.bin" });
const uploadMs = performance.now() - t0;
await client.messages.sendMessage({ chatRef: ChatRefs.self(), message: "", media: [media] });
const { messages } = await client.messages.getHistory({ chatRef: ChatRefs.self(), limit: 1 });
const attachment = messages[0]?.media[0]?.media;
if (attachment?.case !== "file" || !attachment.value.file) throw new Error("no file attached");
const received = createHash("sha256");
let bytes = 0;
const t1 = performance.now();
for await (const chunk of client.media.downloadStream(attachment.value.file)) {
  received.update(chunk);
  bytes += chunk.byteLength;
}
const downloadMs = performance.now() - t1;
await client.close();
clearInterval(sampler);
if (bytes !== SIZE || sent.digest("hex") !== received.digest("hex")) throw new Error("the downloaded file differs from the uploaded one");
process.send?.({
  uploadMiBps: SIZE / 1024 / 1024 / (uploadMs / 1000),
  downloadMiBps: SIZE / 1024 / 1024 / (downloadMs / 1000),
  peakRssMiB: (peak.rss - baseline.rss) / 1024 / 1024,
  peakHeapMiB: (peak.heapUsed - baseline.heapUsed) / 1024 / 1024,
  peakArrayBuffersMiB: (peak.arrayBuffers - baseline.arrayBuffers) / 1024 / 1024,
});
process.disconnect?.();
