// "No timer or socket left behind" after every fault, checked literally as the client suite does
// (test/client/handles.test.ts): a child process runs the fault matrix over real sockets, closes
// everything, and must exit on its own. Counting handles inside the vitest worker is unreliable (the
// runner's own timers come and go); a process that cannot exit is unambiguous.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "osmium-faults-exit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(file: string, patienceMs: number): Promise<{ code: number | null; stdout: string; stderr: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [file], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), patienceMs);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut: signal === "SIGKILL" });
    });
  });
}

describe("no handles left behind by the fault matrix", () => {
  it("half-open, restart, slow answers, storms, close() at every stage, a dead server: the process exits by itself", async () => {
    const outfile = join(dir, "fault-exit-scenario.cjs");
    await build({
      entryPoints: [fileURLToPath(new URL("./support/fault-exit-scenario.ts", import.meta.url))],
      bundle: true,
      platform: "node",
      format: "cjs",
      outfile,
      logLevel: "silent",
    });
    const result = await run(outfile, 15_000);
    expect(result).toEqual({ code: 0, stdout: "scenario done\n", stderr: "", timedOut: false });
  });
});
