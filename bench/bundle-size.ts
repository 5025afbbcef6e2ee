// Case 5, bundle size: min+gzip of the smallest client app and of the whole public API. Read from
// bench/bundle-size.json, which `npm run size` (scripts/bundle-size.mjs, the browser issue's
// budget check) writes; when it is missing, measured here the same way (esbuild, minified, for
// the browser, gzip level 9) from src/. Two floors are always measured here, to show what bounds
// the budget: protobuf-es with the protocol's schemas and nothing else (encode one ClientMessage,
// decode one ServerMessage), and the same plus the generated fast codec.
import { existsSync, readFileSync } from "node:fs";
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

async function gzipSizes(entries: Record<string, string>): Promise<Record<string, number>> {
  const gz: Record<string, number> = {};
  for (const [name, contents] of Object.entries(entries)) {
    const result = await build({
      stdin: { contents, resolveDir: root, sourcefile: `${name}.ts`, loader: "ts" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      write: false,
      logLevel: "silent",
    });
    gz[name] = gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).byteLength;
  }
  return gz;
}

async function measure(): Promise<Sizes> {
  const src = JSON.stringify(join(root, "src", "index.ts"));
  const gz = await gzipSizes({
    smallest: `import { OsmiumClient } from ${src};\nconst c = new OsmiumClient({ url: "wss://example.invalid" });\nc.on("messageCreated", (u) => console.log(u));\nvoid c.connect().then(() => c.messages.sendMessage({ message: "hi" }));\n`,
    full: `export * from ${src};\n`,
  });
  return { source: "measured by the bench (esbuild + gzip -9 from src/)", smallestGzip: gz.smallest ?? 0, fullGzip: gz.full ?? 0 };
}

async function floors(): Promise<{ codec: number; fast: number }> {
  const core = JSON.stringify(join(root, "gen", "osmium", "client", "core_pb.ts"));
  const fast = JSON.stringify(join(root, "gen", "osmium", "fast_codec.ts"));
  const codec = `import { create, fromBinary, toBinary } from "@bufbuild/protobuf";\nimport { ClientMessageSchema, ServerMessageSchema } from ${core};\nexport const decode = (b: Uint8Array) => fromBinary(ServerMessageSchema, b);\nexport const encode = (id: number) => toBinary(ClientMessageSchema, create(ClientMessageSchema, { id }));\n`;
  const gz = await gzipSizes({ codec, fast: `${codec}export { decodeFast, fastDecoders, fastEncoders } from ${fast};\n` });
  return { codec: gz.codec ?? 0, fast: gz.fast ?? 0 };
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
  const floor = await floors();
  const name = "5 bundle size (min+gzip)";
  const kib = (bytes: number) => bytes / 1024;
  const one = (label: string, bytes: number, note: string): Row => ({ case: name, name: label, unit: "KiB", median: kib(bytes), rounds: [kib(bytes)], note });
  return [
    one("floor: protobuf-es + the protocol's schemas alone", floor.codec, "encode one ClientMessage, decode one ServerMessage; measured by the bench"),
    one("floor + generated fast codec", floor.fast, "gen/osmium/fast_codec.ts; measured by the bench"),
    { case: name, name: "smallest client app (one method, one event)", unit: "KiB", median: kib(sizes.smallestGzip), rounds: [kib(sizes.smallestGzip)], note: sizes.source },
    {
      case: name,
      name: "whole public API",
      unit: "KiB",
      median: kib(sizes.fullGzip),
      rounds: [kib(sizes.fullGzip)],
      goals: [{ text: "≤ 38 KiB", met: sizes.fullGzip <= BUDGET_BYTES }],
      note: `${sizes.source}; bounded by the two floors above plus the client and its helpers`,
    },
  ];
}
