// Run in a child process by large-file.test.ts, so that the memory measured is the client's
// alone (the reference server, which stores the whole file, stays in the test process).
// Uploads 50 MiB generated on the fly, downloads it as a stream, hashes both sides, and samples
// live memory (after forced GCs) at every part, and RSS. Prints one JSON line.
import { createHash } from "node:crypto";
import { ChatRefs, OsmiumClient, type TransferProgress } from "../../../src/index.js";

const [url, token, sizeArg, partArg, concurrencyArg] = process.argv.slice(2);
const SIZE = Number(sizeArg);
const PART = Number(partArg);
const CONCURRENCY = Number(concurrencyArg);
const CHUNK = 64 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;

const peak = { rss: 0, arrayBuffers: 0 };
function sample(): { rss: number; arrayBuffers: number } {
  // Twice: V8 frees dead ArrayBuffers' memory in a concurrent sweep after a GC, which the next
  // GC completes, so one call would still count the buffers that just died.
  gc?.();
  gc?.();
  const { rss, arrayBuffers } = process.memoryUsage();
  peak.rss = Math.max(peak.rss, rss);
  peak.arrayBuffers = Math.max(peak.arrayBuffers, arrayBuffers);
  return { rss, arrayBuffers };
}

/** The file, generated chunk by chunk (xorshift over 32-bit words), never whole in memory. */
async function* generate(hash: ReturnType<typeof createHash>): AsyncGenerator<Uint8Array> {
  let x = 0x9e3779b9;
  for (let at = 0; at < SIZE; at += CHUNK) {
    const chunk = new Uint8Array(Math.min(CHUNK, SIZE - at));
    const words = new Uint32Array(chunk.buffer, 0, chunk.byteLength >>> 2);
    for (let i = 0; i < words.length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      words[i] = x >>> 0;
    }
    hash.update(chunk);
    // Each time a new part starts filling, the others are in flight: a good moment to look.
    if (at % PART === 0) sample();
    yield chunk;
  }
}

function ordered(events: TransferProgress[]): boolean {
  return events.every((e, i) => e.parts === i + 1 && (i === 0 || e.transferredBytes > (events[i - 1]?.transferredBytes ?? 0)));
}

async function main(): Promise<void> {
  const client = new OsmiumClient({ url, token, reconnect: false });
  await client.connect();
  const baseline = sample();
  const uploadHash = createHash("sha256");
  const upload: TransferProgress[] = [];
  const media = await client.media.upload(generate(uploadHash), {
    filename: "large.bin",
    partSize: PART,
    concurrency: CONCURRENCY,
    onProgress: (p) => {
      upload.push(p);
      sample();
    },
  });
  await client.messages.sendMessage({ chatRef: ChatRefs.self(), message: "", media: [media] });
  const { messages } = await client.messages.getHistory({ chatRef: ChatRefs.self(), limit: 1 });
  const attachment = messages[0]?.media[0]?.media;
  if (attachment?.case !== "file" || !attachment.value.file) throw new Error("no file attached");
  const file = attachment.value.file;
  const downloadHash = createHash("sha256");
  const download: TransferProgress[] = [];
  let downloaded = 0;
  for await (const chunk of client.media.downloadStream(file, { partSize: PART, concurrency: CONCURRENCY, onProgress: (p) => download.push(p) })) {
    downloadHash.update(chunk);
    downloaded += chunk.byteLength;
    sample();
  }
  await client.close();
  const result = {
    gcExposed: gc !== undefined,
    fileSize: Number(file.size),
    downloaded,
    uploadHash: uploadHash.digest("hex"),
    downloadHash: downloadHash.digest("hex"),
    upload: { events: upload.length, ordered: ordered(upload), last: upload.at(-1)?.transferredBytes },
    download: { events: download.length, ordered: ordered(download), last: download.at(-1)?.transferredBytes, total: download.at(-1)?.totalBytes },
    growth: { rss: peak.rss - baseline.rss, arrayBuffers: peak.arrayBuffers - baseline.arrayBuffers },
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
