import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";

// Every ```ts block of the README is a program: bundled against the sources and run in Node.
const root = new URL("../", import.meta.url).pathname;
const readme = readFileSync(join(root, "README.md"), "utf8");
const snippets = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
// Inside the repository, so the bundle's external imports resolve from its node_modules.
mkdirSync(join(root, ".tmp"), { recursive: true });
const dir = mkdtempSync(join(root, ".tmp", "readme-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("README snippets", () => {
  it("has snippets to run", () => {
    expect(snippets.length).toBeGreaterThanOrEqual(2);
  });

  it.each(snippets.map((code, i) => [i + 1, code] as const))("snippet %i runs and exits 0", async (i, code) => {
    const entry = join(dir, `snippet-${i}.ts`);
    writeFileSync(entry, code);
    const outfile = join(dir, `snippet-${i}.mjs`);
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: "node",
      format: "esm",
      outfile,
      logLevel: "silent",
      alias: {
        "osmium-chat/testing": join(root, "src/testing/index.ts"),
        "osmium-chat/bot": join(root, "src/bot/index.ts"),
        "osmium-chat/rpc": join(root, "src/rpc.ts"),
        "osmium-chat/updates": join(root, "src/updates.ts"),
        "osmium-chat": join(root, "src/index.ts"),
      },
      packages: "external",
    });
    const run = promisify(execFile);
    // execFile rejects (failing the test with the program's stderr) on a non-zero exit or a hang.
    await run(process.execPath, [outfile], { timeout: 15_000 });
  });
});
