// Runs a scenario file in a fresh Node process and reports how it ended. Used to prove "no timer
// or socket left behind" literally: the scenario closes everything and the process must exit by
// itself. (Counting handles inside the vitest worker is unreliable: the runner's own timers come
// and go.)
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** How a scenario process ended; `timedOut` means it was still alive after the patience ran out. */
export interface ScenarioOutcome {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Bundles `entry` (a TypeScript file URL) and runs it; kills it after `patienceMs`. */
export async function runScenario(entry: URL, patienceMs: number): Promise<ScenarioOutcome> {
  const dir = mkdtempSync(join(tmpdir(), "osmium-scenario-"));
  try {
    const outfile = join(dir, "scenario.cjs");
    await build({ entryPoints: [fileURLToPath(entry)], bundle: true, platform: "node", format: "cjs", outfile, logLevel: "silent" });
    return await new Promise((resolve) => {
      const child = spawn(process.execPath, [outfile], { stdio: ["ignore", "pipe", "pipe"] });
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
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
