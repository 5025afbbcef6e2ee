// The promise of the media helpers (docs/helpers.md): uploading and downloading a 50 MiB file through
// the reference server keeps the process's memory growth under 3× the part size times the parts in
// flight, with progress events in order and the bytes identical. The client runs in a child process (with --expose-gc)
// so that its memory is measured alone; the server, which must store the file, stays here.
// Asserted loosely, as agreed: the precise figures belong to `npm run bench`.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { startServer } from "./support/world.js";

const MiB = 1024 * 1024;
const SIZE = 50 * MiB;
const PART = MiB;
const CONCURRENCY = 4;
// Headroom for what is not the transfer: the socket's buffers, the decoder, heap noise. RSS also
// counts garbage not yet collected and memory the allocator keeps, hence its larger margin. Either
// bound stays below the file's 50 MiB, so a client holding the whole file fails the test.
const LIVE_MARGIN_BYTES = 8 * MiB;
const RSS_MARGIN_BYTES = 32 * MiB;

const dir = mkdtempSync(join(tmpdir(), "osmium-large-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 90_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe("a 50 MiB file through the reference server", () => {
  it("uploads and downloads identically, progress in order, memory bounded by the parts in flight", { timeout: 120_000 }, async () => {
    const server = startServer({ limits: { uploadBytes: 64 * MiB } });
    const url = await server.listen({ port: 0 });
    const { token } = await server.createUser({ name: "Ada" });
    const outfile = join(dir, "large-file-scenario.cjs");
    await build({
      entryPoints: [fileURLToPath(new URL("./support/large-file-scenario.ts", import.meta.url))],
      bundle: true,
      platform: "node",
      format: "cjs",
      outfile,
      logLevel: "silent",
    });
    const { code, stdout, stderr } = await run(["--expose-gc", outfile, url, token, String(SIZE), String(PART), String(CONCURRENCY)]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    console.info(`50 MiB transfer, client memory growth: live ArrayBuffers ${(result.growth.arrayBuffers / MiB).toFixed(1)} MiB, RSS ${(result.growth.rss / MiB).toFixed(1)} MiB`);
    expect(result.gcExposed).toBe(true);
    expect(result.fileSize).toBe(SIZE);
    expect(result.downloaded).toBe(SIZE);
    expect(result.downloadHash).toBe(result.uploadHash);
    expect(result.upload).toEqual({ events: 50, ordered: true, last: SIZE });
    expect(result.download).toEqual({ events: 50, ordered: true, last: SIZE, total: SIZE });
    const inFlight = 3 * PART * CONCURRENCY;
    expect(result.growth.arrayBuffers).toBeLessThan(inFlight + LIVE_MARGIN_BYTES);
    expect(result.growth.rss).toBeLessThan(inFlight + RSS_MARGIN_BYTES);
  });
});
