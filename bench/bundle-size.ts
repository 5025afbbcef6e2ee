// Case 5, bundle size: min+gzip of the smallest client app and of the whole public API. Read from
// bench/bundle-size.json, which `npm run size` (scripts/bundle-size.mjs, the browser issue's
// budget check) writes; when it is missing, measured here the same way (esbuild, minified, for
// the browser, gzip level 9) from src/.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { Row } from "./measure.js";

interface Sizes {
  readonly source: string;
  readonly smallestGzip: number;
  readonly fullGzip: number;
}

const BUDGET_BYTES = 38 * 1024;
const root = process.cwd();

async function measure(): Promise<Sizes> {
  const dir = mkdtempSync(join(tmpdir(), "osmium-bundle-"));
  const src = join(root, "src", "index.ts");
  const entries = {
    smallest: `import { OsmiumClient } from ${JSON.stringify(src)};\nconst c = new OsmiumClient({ url: "wss://example.invalid" });\nc.on("messageCreated", (u) => console.log(u));\nvoid c.connect().then(() => c.messages.sendMessage({ message: "hi" }));\n`,
    full: `export * from ${JSON.stringify(src)};\n`,
  };
  const gz: Record<string, number> = {};
  try {
    for (const [name, code] of Object.entries(entries)) {
      const entry = join(dir, `${name}.ts`);
      writeFileSync(entry, code);
      const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: "esm", platform: "browser", write: false, logLevel: "silent" });
      gz[name] = gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).byteLength;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { source: "measured by the bench (esbuild + gzip -9 from src/)", smallestGzip: gz.smallest ?? 0, fullGzip: gz.full ?? 0 };
}

function read(file: string): Sizes | undefined {
  const json = JSON.parse(readFileSync(file, "utf8")) as { bundles?: Record<string, { gzipBytes?: number }> };
  const smallest = json.bundles?.["one-method-one-event"]?.gzipBytes;
  const full = json.bundles?.["whole-public-api"]?.gzipBytes;
  if (smallest === undefined || full === undefined) return undefined;
  return { source: "bench/bundle-size.json (npm run size)", smallestGzip: smallest, fullGzip: full };
}

/** Runs case 5 (one measurement: sizes do not vary between rounds). */
export async function bundleSize(): Promise<Row[]> {
  const file = join(root, "bench", "bundle-size.json");
  const sizes = (existsSync(file) ? read(file) : undefined) ?? (await measure());
  const name = "5 bundle size (min+gzip)";
  const kib = (bytes: number) => bytes / 1024;
  return [
    { case: name, name: "smallest client app (one method, one event)", unit: "KiB", median: kib(sizes.smallestGzip), rounds: [kib(sizes.smallestGzip)], note: sizes.source },
    {
      case: name,
      name: "whole public API",
      unit: "KiB",
      median: kib(sizes.fullGzip),
      rounds: [kib(sizes.fullGzip)],
      goal: { text: "≤ 38 KiB", met: sizes.fullGzip <= BUDGET_BYTES },
      note: sizes.source,
    },
  ];
}
