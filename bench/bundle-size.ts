// Case 5, bundle size: min+gzip of the four apps `npm run size` measures (scripts/bundle-size.mjs),
// from the leanest to the whole public API, each against its goal. Read from
// bench/bundle-size.json, which `npm run size` writes from the built package; when it is missing,
// measured here the same way (esbuild, minified, for the browser, gzip level 9) from src/. Two
// floors are always measured here, to show what bounds the rows: the generated decoders of every
// server frame with the wire runtime (src/wire/; what a client that may receive any update or
// result needs), and the same plus every request's encoder, shape and entry (what a client with all
// 95 methods needs).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { Row } from "./measure.js";

/** The measured apps, as scripts/bundle-size.mjs names them, with their goals (KiB). */
const APPS = [
  { name: "one-method-one-event", label: "one method + one event (BaseClient with its one update case, osmium-chat/rpc)", goalKiB: 20 },
  { name: "core-client", label: "CoreClient: all 95 methods and 25 events", goalKiB: 32 },
  { name: "osmium-client", label: "OsmiumClient (helpers and cache), one method, one event", goalKiB: undefined },
  { name: "whole-public-api", label: "whole public API", goalKiB: 38 },
] as const;

type AppName = (typeof APPS)[number]["name"];

interface Sizes {
  readonly source: string;
  readonly gzip: Readonly<Record<AppName, number>>;
}

const root = process.cwd();

async function gzipSizes<K extends string>(entries: Record<K, string>): Promise<Record<K, number>> {
  const gz = {} as Record<K, number>;
  for (const [name, contents] of Object.entries(entries) as [K, string][]) {
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
  const index = JSON.stringify(join(root, "src", "index.ts"));
  const rpc = JSON.stringify(join(root, "src", "rpc.ts"));
  const updates = JSON.stringify(join(root, "src", "updates.ts"));
  const app = (clientClass: string) =>
    `import { ${clientClass} } from ${index};\nconst c = new ${clientClass}({ url: "wss://example.invalid" });\nc.on("messageCreated", (u) => console.log(u));\nvoid c.connect().then(() => c.messages.sendMessage({ message: "hi" }));\n`;
  const gzip = await gzipSizes<AppName>({
    "one-method-one-event": `import { BaseClient } from ${index};\nimport { sendMessage } from ${rpc};\nimport { messageCreated } from ${updates};\nconst c = new BaseClient({ url: "wss://example.invalid", updates: [messageCreated] });\nc.on("messageCreated", (u) => console.log(u));\nvoid c.connect().then(() => sendMessage(c, { message: "hi" }));\n`,
    "core-client": app("CoreClient"),
    "osmium-client": app("OsmiumClient"),
    "whole-public-api": `export * from ${index};\nexport * from ${rpc};\nexport * as updates from ${updates};\n`,
  });
  return { source: "measured by the bench (esbuild + gzip -9 from src/)", gzip };
}

async function floors(): Promise<{ decoders: number; codec: number }> {
  const fast = JSON.stringify(join(root, "gen", "osmium", "fast_codec.ts"));
  const entries = JSON.stringify(join(root, "gen", "osmium", "rpc_entries.ts"));
  const writer = JSON.stringify(join(root, "src", "wire", "writer.ts"));
  // Every result and update case in use, as in a client that may receive any.
  const decoders = `import { dec_core_ServerMessage, decodeFast, onUseCases, useCase } from ${fast};\nimport { WireWriter } from ${writer};\nfor (const c of onUseCases) useCase(c);\nexport const decode = (b: Uint8Array) => decodeFast(dec_core_ServerMessage, b);\nexport const newWriter = () => new WireWriter();\n`;
  const gz = await gzipSizes({ decoders, codec: `${decoders}export { rpcEntries } from ${entries};\n` });
  return gz;
}

function read(file: string): Sizes | undefined {
  const json = JSON.parse(readFileSync(file, "utf8")) as { bundles?: Record<string, { gzipBytes?: number }> };
  const gzip = {} as Record<AppName, number>;
  for (const { name } of APPS) {
    const bytes = json.bundles?.[name]?.gzipBytes;
    if (bytes === undefined) return undefined;
    gzip[name] = bytes;
  }
  return { source: "bench/bundle-size.json (npm run size)", gzip };
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
    one("floor: decoders of every server frame + the wire runtime", floor.decoders, "gen/osmium/fast_codec.ts's ServerMessage closure; measured by the bench"),
    one("floor + every request's encoder, shape and entry", floor.codec, "what all 95 methods need; measured by the bench"),
    ...APPS.map(({ name: app, label, goalKiB }): Row => {
      const row = one(label, sizes.gzip[app], sizes.source);
      return goalKiB === undefined ? row : { ...row, goals: [{ text: `≤ ${goalKiB} KiB`, met: sizes.gzip[app] <= goalKiB * 1024 }] };
    }),
  ];
}
