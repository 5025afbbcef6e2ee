#!/usr/bin/env node
// `npm run size`: what osmium-chat costs a browser app, minified and gzipped, bundled by esbuild
// from the built package (run `npm run build` first) exactly as an app's bundler would take it.
// One row per way of using the client (docs/architecture.md "Client layers"), from the leanest to
// everything:
//
//   one-method-one-event   `new BaseClient` with one update case of "osmium-chat/updates", one
//                          function of "osmium-chat/rpc"
//   core-client            `CoreClient`: all 95 methods on its namespaces, the events, no helpers
//   osmium-client          `OsmiumClient` (helpers and cache included), one method, one event
//   whole-public-api       everything "osmium-chat", "osmium-chat/rpc" and "osmium-chat/updates" export
//
// Writes the figures, with the largest source modules of each bundle (what bounds it), to
// bench/bundle-size.json; fails when a row outgrows its budget in scripts/bundle-budget.json, and
// when `ws` or a Node built-in gets into any bundle. With --write-docs it also refreshes the
// figures between the bundle-size markers of docs/browser.md and README.md.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, version as esbuildVersion } from "esbuild";
import { nodeOnlyModules } from "./node-only.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");

/** An app that calls one method through a client class's namespaces and listens to one event. */
const namespacedApp = (clientClass) => `
  import { ${clientClass} } from "osmium-chat";
  const client = new ${clientClass}({ url: "wss://chat.example" });
  client.on("messageCreated", ({ message }) => console.log(message?.message));
  await client.connect();
  await client.messages.sendMessage({ message: "hello" });
`;

/** The measured apps: a name, what it shows, and its source. */
const CASES = [
  {
    name: "one-method-one-event",
    label: 'one method + one event, the leanest documented way (`BaseClient` with `updates: [messageCreated]` from "osmium-chat/updates", `sendMessage` from "osmium-chat/rpc")',
    source: `
      import { BaseClient } from "osmium-chat";
      import { sendMessage } from "osmium-chat/rpc";
      import { messageCreated } from "osmium-chat/updates";
      const client = new BaseClient({ url: "wss://chat.example", updates: [messageCreated] });
      client.on("messageCreated", ({ message }) => console.log(message?.message));
      await client.connect();
      await sendMessage(client, { message: "hello" });
    `,
  },
  {
    name: "core-client",
    label: "`CoreClient`: all 95 methods and 25 events, no helpers",
    source: namespacedApp("CoreClient"),
  },
  {
    name: "osmium-client",
    label: "`OsmiumClient` (helpers and cache), one method, one event",
    source: namespacedApp("OsmiumClient"),
  },
  {
    name: "whole-public-api",
    label: 'the whole public API (`export *` from "osmium-chat", "osmium-chat/rpc" and "osmium-chat/updates")',
    source: `export * from "osmium-chat"; export * from "osmium-chat/rpc"; export * as updates from "osmium-chat/updates";`,
  },
];

/** How many of a bundle's largest inputs the report lists. */
const TOP_INPUTS = 8;

const BUNDLE_OPTIONS = { bundle: true, write: false, minify: true, platform: "browser", format: "esm", target: "es2022", metafile: true, logLevel: "silent" };

// The same app bundled from src/ (the package's entries aliased to their sources), only to say
// which modules the bytes come from: dist/ merges them into shared chunks with opaque names.
const SOURCE_ENTRIES = { "osmium-chat/rpc": "src/rpc.ts", "osmium-chat/updates": "src/updates.ts", "osmium-chat": "src/index.ts" };

async function attribute(source) {
  const alias = Object.fromEntries(Object.entries(SOURCE_ENTRIES).map(([name, file]) => [name, join(repo, file)]));
  const result = await build({ ...BUNDLE_OPTIONS, stdin: { contents: source, resolveDir: repo, sourcefile: "app.js", loader: "js" }, alias, tsconfigRaw: {} });
  const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  return Object.entries(inputs)
    .map(([path, { bytesInOutput }]) => ({ path: path.replace(/^.*node_modules\//, ""), minifiedBytes: bytesInOutput }))
    .sort((a, b) => b.minifiedBytes - a.minifiedBytes)
    .slice(0, TOP_INPUTS);
}

async function measure({ source }) {
  const result = await build({
    ...BUNDLE_OPTIONS,
    stdin: { contents: source, resolveDir: repo, sourcefile: "app.js", loader: "js" },
    // Not the repository's tsconfig, whose `paths` send "osmium-chat" to src/: measure dist/.
    tsconfigRaw: {},
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    minifiedBytes: code.byteLength,
    gzipBytes: gzipSync(code, { level: 9 }).byteLength,
    largestSources: await attribute(source),
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
  const { budgets } = JSON.parse(readFileSync(join(repo, "scripts/bundle-budget.json"), "utf8"));
  const figures = {};
  const failures = [];
  for (const name of Object.keys(budgets)) {
    if (!CASES.some((entry) => entry.name === name)) failures.push(`the budget names an unknown case ${name}`);
  }
  for (const entry of CASES) {
    const { nodeOnly, ...sizes } = await measure(entry);
    figures[entry.name] = sizes;
    if (nodeOnly.length > 0) failures.push(`${entry.name}: Node-only modules in a browser bundle: ${nodeOnly.join(", ")}`);
    const budget = budgets[entry.name];
    const within = budget === undefined ? "no budget" : `budget ${budget}`;
    console.log(`${entry.name.padEnd(22)} ${kib(sizes.minifiedBytes).padStart(10)} minified ${kib(sizes.gzipBytes).padStart(10)} min+gzip (${sizes.gzipBytes} bytes, ${within})`);
    if (budget !== undefined && sizes.gzipBytes > budget) {
      failures.push(
        `${entry.name} is ${sizes.gzipBytes} bytes min+gzip, over its budget of ${budget} (scripts/bundle-budget.json). ` +
          "Find what grew (esbuild --analyze, or largestSources in bench/bundle-size.json), or raise the budget in a reviewed commit that says why.",
      );
    }
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
