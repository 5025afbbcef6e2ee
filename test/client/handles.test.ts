// Done when: "After close(), no handles stay open (the test process exits without --force)". Checked
// literally: a child process runs every timer- and socket-owning path, closes everything, and must
// exit on its own. (Counting handles inside the vitest worker proved unreliable: the runner's own
// timers come and go.)
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "osmium-exit-"));
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

describe("no handles after close()", () => {
  it("lets the process exit by itself, over memory and over a real WebSocket", async () => {
    const outfile = join(dir, "exit-scenario.cjs");
    await build({
      entryPoints: [fileURLToPath(new URL("./support/exit-scenario.ts", import.meta.url))],
      bundle: true,
      platform: "node",
      format: "cjs",
      outfile,
      logLevel: "silent",
    });
    const result = await run(outfile, 8_000);
    expect(result).toEqual({ code: 0, stdout: "scenario done\n", stderr: "", timedOut: false });
  });
});
