// The package as users get it: `npm pack`, installed from the tarball into a fresh project (deps
// from npm's local cache, no network), then used from Node ESM `import` and CJS `require`, and
// type-checked from a consumer under moduleResolution node16 (ESM and CJS files) and bundler.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONSUMER_CJS, CONSUMER_TYPES, USE_FROM_CJS, USE_FROM_ESM } from "./consumer-sources.js";

const run = promisify(execFile);
const repo = new URL("../../", import.meta.url).pathname;
const tsc = join(repo, "node_modules/typescript/bin/tsc");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** What both Node scripts print: the SDK worked end to end against the reference server in memory. */
const EXPECTED_RUN = { ready: "Ada", sent: "hello **world**", formatted: "hello <b>world</b>", errorCode: "invalid_argument" };

describe("the packed package", () => {
  let dir = "";

  beforeAll(async () => {
    if (!existsSync(join(repo, "dist/index.js"))) throw new Error("dist/ is missing: run `npm run build` first");
    dir = await mkdtemp(join(tmpdir(), "osmium-consumer-"));
    const { stdout } = await run(npm, ["pack", "--json", "--pack-destination", dir], { cwd: repo });
    const [{ filename }] = JSON.parse(stdout) as Array<{ filename: string }>;
    await writeFile(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    // As a user installs it: the registry is reachable, and a cache left by an earlier `npm ci`
    // is used where it has what is needed (never required: an empty cache must work too).
    await run(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock", join(dir, filename)], { cwd: dir });
  }, 120_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("works from ESM import", async () => {
    await writeFile(join(dir, "use.mjs"), USE_FROM_ESM);
    const { stdout } = await run(process.execPath, ["use.mjs"], { cwd: dir });
    expect(JSON.parse(stdout)).toEqual({ ...EXPECTED_RUN, format: "esm" });
  });

  it("works from CJS require", async () => {
    await writeFile(join(dir, "use.cjs"), USE_FROM_CJS);
    const { stdout } = await run(process.execPath, ["use.cjs"], { cwd: dir });
    expect(JSON.parse(stdout)).toEqual({ ...EXPECTED_RUN, format: "cjs" });
  });

  it.each([
    ["node16", { module: "node16", moduleResolution: "node16" }, ["consumer.mts", "consumer.cts"]],
    ["bundler", { module: "esnext", moduleResolution: "bundler" }, ["consumer.ts"]],
  ] as const)("type-checks a consumer under moduleResolution %s", async (name, resolution, files) => {
    await writeFile(join(dir, "consumer.ts"), CONSUMER_TYPES);
    await writeFile(join(dir, "consumer.mts"), CONSUMER_TYPES);
    await writeFile(join(dir, "consumer.cts"), CONSUMER_CJS);
    const config = {
      compilerOptions: { ...resolution, target: "es2022", lib: ["es2022", "dom"], strict: true, noEmit: true, types: [], skipLibCheck: false },
      files,
    };
    await writeFile(join(dir, `tsconfig.${name}.json`), JSON.stringify(config));
    const result = await run(process.execPath, [tsc, "-p", `tsconfig.${name}.json`], { cwd: dir }).then(
      () => "clean",
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(result).toBe("clean");
  }, 60_000);
});
