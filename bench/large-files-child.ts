// Case 6's client, in its own process so that its memory is the client's alone (the reference
// server, which keeps the file, runs in another): uploads a generated 50 MiB file with
// `client.media.upload`, attaches it to a message, downloads it with `client.media.downloadStream`
// and checks the bytes — twice. The first pass is timed, with RSS sampled every 20 ms; the second
// forces a GC at every completed part (started with --expose-gc) and records the live heap and
// ArrayBuffers, i.e. what the transfer really holds rather than what the GC has not yet freed.
// Sends one IPC message with the results.
import { createHash } from "node:crypto";
import { ChatRefs, OsmiumClient, type TransferProgress } from "../src/index.js";

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

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error("run with --expose-gc");

/** One upload + download; `onPart` runs after every completed part. Returns both durations. */
async function transfer(client: OsmiumClient, onPart: (p: TransferProgress) => void): Promise<{ uploadMs: number; downloadMs: number }> {
  const sent = createHash("sha256");
  const t0 = performance.now();
  const media = await client.media.upload(file(sent), { filename: "bench.bin", onProgress: onPart });
  const uploadMs = performance.now() - t0;
  await client.messages.sendMessage({ chatRef: ChatRefs.self(), message: "", media: [media] });
  const { messages } = await client.messages.getHistory({ chatRef: ChatRefs.self(), limit: 1 });
  const attachment = messages[0]?.media[0]?.media;
  if (attachment?.case !== "file" || !attachment.value.file) throw new Error("no file attached");
  const received = createHash("sha256");
  let bytes = 0;
  const t1 = performance.now();
  for await (const chunk of client.media.downloadStream(attachment.value.file, { onProgress: onPart })) {
    received.update(chunk);
    bytes += chunk.byteLength;
  }
  const downloadMs = performance.now() - t1;
  if (bytes !== SIZE || sent.digest("hex") !== received.digest("hex")) throw new Error("the downloaded file differs from the uploaded one");
  return { uploadMs, downloadMs };
}

const client = new OsmiumClient({ url, token, reconnect: false, keepalive: false });
await client.connect();
gc();
const baseline = process.memoryUsage();
let peakRss = baseline.rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);
const timed = await transfer(client, () => undefined);
clearInterval(sampler);
gc();
const before = process.memoryUsage();
const live = { heap: 0, arrayBuffers: 0 };
await transfer(client, () => {
  gc();
  const now = process.memoryUsage();
  live.heap = Math.max(live.heap, now.heapUsed - before.heapUsed);
  live.arrayBuffers = Math.max(live.arrayBuffers, now.arrayBuffers - before.arrayBuffers);
});
await client.close();
const mib = (bytes: number) => bytes / 1024 / 1024;
process.send?.({
  uploadMiBps: mib(SIZE) / (timed.uploadMs / 1000),
  downloadMiBps: mib(SIZE) / (timed.downloadMs / 1000),
  peakRssMiB: mib(peakRss - baseline.rss),
  liveHeapMiB: mib(live.heap),
  liveArrayBuffersMiB: mib(live.arrayBuffers),
});
process.disconnect?.();
