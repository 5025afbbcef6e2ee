// Case 6, large files: upload and download throughput of a 50 MiB file through the reference
// server on loopback with the media helpers (512 KiB parts, 4 in flight: their defaults), and the
// client's memory: peak RSS above its baseline, and the live heap and ArrayBuffers (after a GC) at
// their highest. Each round is a fresh client process (large-files-child.ts).
import { startChild } from "./child.js";
import { type Row, row, rounds } from "./measure.js";

const SIZE = 50 * 1024 * 1024;

interface LargeFileResult {
  readonly uploadMiBps: number;
  readonly downloadMiBps: number;
  readonly peakRssMiB: number;
  readonly liveHeapMiB: number;
  readonly liveArrayBuffersMiB: number;
}

/** Runs case 6. */
export async function largeFiles(roundCount: number): Promise<Row[]> {
  const results: LargeFileResult[] = [];
  await rounds(roundCount, async () => {
    // A fresh server per round: it keeps every file, and 50 MiB a round adds up.
    const server = startChild<{ url: string; token: string }>("reference-server");
    try {
      const { url, token } = await server.ready;
      const client = startChild<LargeFileResult>("large-files-child", ["--expose-gc"], [url, token, String(SIZE)]);
      results.push(await client.ready);
      await client.stop();
    } finally {
      await server.stop();
    }
    return 0;
  });
  const name = "6 large files (50 MiB)";
  const pick = (key: keyof LargeFileResult) => results.map((r) => r[key]);
  return [
    row(name, "upload, client.media.upload", "MiB/s", pick("uploadMiBps")),
    row(name, "download, client.media.downloadStream", "MiB/s", pick("downloadMiBps")),
    row(name, "client peak RSS above baseline (timed pass)", "MiB", pick("peakRssMiB")),
    row(name, "client live heap, peak after GC per part", "MiB", pick("liveHeapMiB")),
    row(name, "client live ArrayBuffers, peak after GC per part", "MiB", pick("liveArrayBuffersMiB")),
  ];
}
