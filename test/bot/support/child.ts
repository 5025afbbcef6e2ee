// Runs a TypeScript scenario in a fresh Node process (bundled with esbuild), so that a test can
// send it signals and check that it exits by itself: no timer, socket or listener left behind.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { ChildOutput } from "./lines.js";

/** Bundles `entry` and starts it with `args`; the bundle is deleted once the process ended. */
export async function startScenario(entry: URL, args: readonly string[]): Promise<ChildOutput> {
  const dir = mkdtempSync(join(tmpdir(), "osmium-bot-scenario-"));
  const outfile = join(dir, "scenario.cjs");
  await build({ entryPoints: [fileURLToPath(entry)], bundle: true, platform: "node", format: "cjs", outfile, logLevel: "silent" });
  const child = spawn(process.execPath, [outfile, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  child.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  return new ChildOutput(child);
}
