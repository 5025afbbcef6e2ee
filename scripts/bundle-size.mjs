#!/usr/bin/env node
// `npm run size`: what osmium-chat costs a browser app, minified and gzipped, bundled by esbuild
// from the built package (run `npm run build` first) exactly as an app's bundler would take it.
//
//   (a) "one method, one event": an app importing OsmiumClient, calling one method, listening to one event
//   (b) "whole public API": everything "osmium-chat" exports
//
// Writes the figures to bench/bundle-size.json, fails when (a) outgrows its budget in
// scripts/bundle-budget.json, and fails when `ws` or a Node built-in gets into either bundle.
// With --write-docs it also refreshes the figures between the bundle-size markers of
// docs/browser.md (and README.md, once they are there).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, version as esbuildVersion } from "esbuild";
import { nodeOnlyModules } from "./node-only.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The measured apps: a name, what it shows, and its source. */
const CASES = [
  {
    name: "one-method-one-event",
    label: '`import { OsmiumClient }`, one method, one event',
    source: `
      import { OsmiumClient } from "osmium-chat";
      const client = new OsmiumClient({ url: "wss://chat.example" });
      client.on("messageCreated", ({ message }) => console.log(message?.message));
      await client.connect();
      await client.messages.sendMessage({ message: "hello" });
    `,
  },
  {
    name: "whole-public-api",
    label: "the whole public API (`export * from \"osmium-chat\"`)",
    source: `export * from "osmium-chat";`,
  },
];

async function measure({ source }) {
  const result = await build({
    stdin: { contents: source, resolveDir: repo, sourcefile: "app.js", loader: "js" },
    bundle: true,
    write: false,
    minify: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    metafile: true,
    // Not the repository's tsconfig, whose `paths` send "osmium-chat" to src/: measure dist/.
    tsconfigRaw: {},
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    minifiedBytes: code.byteLength,
    gzipBytes: gzipSync(code, { level: 9 }).byteLength,
    nodeOnly: nodeOnlyModules(result.metafile),
  };
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function docsTable(figures) {
  const rows = CASES.map(({ name, label }) => `| ${label} | ${kib(figures[name].minifiedBytes)} | ${kib(figures[name].gzipBytes)} |`);
  return ["| bundle | minified | min+gzip |", "|---|---:|---:|", ...rows].join("\n");
}

function writeDocs(figures) {
  const start = "<!-- bundle-size:start -->";
  const end = "<!-- bundle-size:end -->";
  for (const file of ["docs/browser.md", "README.md"]) {
    const path = join(repo, file);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, "utf8");
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from === -1 || to < from) continue;
    writeFileSync(path, `${text.slice(0, from + start.length)}\n${docsTable(figures)}\n${text.slice(to)}`);
    console.log(`updated the figures in ${file}`);
  }
}

async function main() {
  if (!existsSync(join(repo, "dist/index.js"))) throw new Error("dist/ is missing: run `npm run build` first");
  const budget = JSON.parse(readFileSync(join(repo, "scripts/bundle-budget.json"), "utf8"));
  const figures = {};
  const failures = [];
  for (const entry of CASES) {
    const { nodeOnly, ...sizes } = await measure(entry);
    figures[entry.name] = sizes;
    if (nodeOnly.length > 0) failures.push(`${entry.name}: Node-only modules in a browser bundle: ${nodeOnly.join(", ")}`);
    console.log(`${entry.name.padEnd(22)} ${kib(sizes.minifiedBytes).padStart(10)} minified ${kib(sizes.gzipBytes).padStart(10)} min+gzip`);
  }
  const limited = figures[budget.case];
  if (!limited) failures.push(`the budget names an unknown case ${budget.case}`);
  else if (limited.gzipBytes > budget.maxGzipBytes) {
    failures.push(
      `${budget.case} is ${limited.gzipBytes} bytes min+gzip, over its budget of ${budget.maxGzipBytes} (scripts/bundle-budget.json). ` +
        "Find what grew (esbuild --analyze), or raise the budget in a reviewed commit that says why.",
    );
  } else {
    console.log(`budget: ${budget.case} ${limited.gzipBytes} of ${budget.maxGzipBytes} bytes min+gzip`);
  }
  const report = { about: "min+gzip (level 9) of esbuild browser bundles of the built package; written by `npm run size`", esbuild: esbuildVersion, bundles: figures };
  writeFileSync(join(repo, "bench/bundle-size.json"), `${JSON.stringify(report, null, 2)}\n`);
  if (process.argv.includes("--write-docs")) writeDocs(figures);
  if (failures.length > 0) {
    for (const failure of failures) console.error(`size: ${failure}`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(`size: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
