// Case 6, large files: upload and download throughput of a 50 MiB file through the reference
// server on loopback with the media helpers (512 KiB parts, 4 in flight: their defaults), and the
// client's peak memory above its baseline. Each round is a fresh client process (large-files-child.ts).
import { startChild } from "./child.js";
import { type Row, row, rounds } from "./measure.js";

const SIZE = 50 * 1024 * 1024;

interface LargeFileResult {
  readonly uploadMiBps: number;
  readonly downloadMiBps: number;
  readonly peakRssMiB: number;
  readonly peakHeapMiB: number;
  readonly peakArrayBuffersMiB: number;
}

/** Runs case 6. */
export async function largeFiles(roundCount: number): Promise<Row[]> {
  const results: LargeFileResult[] = [];
  await rounds(roundCount, async () => {
    // A fresh server per round: it keeps every file, and 50 MiB a round adds up.
    const server = startChild<{ url: string; token: string }>("reference-server");
    try {
      const { url, token } = await server.ready;
      const client = startChild<LargeFileResult>("large-files-child", [], [url, token, String(SIZE)]);
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
    row(name, "client peak RSS above baseline", "MiB", pick("peakRssMiB")),
    row(name, "client peak heap above baseline", "MiB", pick("peakHeapMiB")),
    row(name, "client peak ArrayBuffers above baseline", "MiB", pick("peakArrayBuffersMiB")),
  ];
}
