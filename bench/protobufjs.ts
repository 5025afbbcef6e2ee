// The comparison client's codec as the official Osmium SDK has it: protobufjs 7 (with `long`, so
// 64-bit ids decode to Long objects) and static code generated from our own proto/ with pbjs
// (protobufjs-cli 1.x, the generator of protobufjs 7). Generated at bench time into
// bench/protobufjs/ (gitignored): pbjs is a plain script of the devDependency, no install step.
// protobufjs 8 decodes 1.4-1.5x slower than 7; measuring against it would flatter us.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/** One generated message class, as far as the bench uses it. */
export interface PbType<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
}

/** What protobufjs decodes a ServerMessage into (the fields the comparison client reads). */
export interface PbServerMessage {
  id: number;
  result?: ({ reqId: number; sentMessage?: { messageId: unknown }; error?: { errorCode: number } } & Record<string, unknown>) | null;
  update?: ({ messageCreated?: { message?: { message: string } | null } | null } & Record<string, unknown>) | null;
}

/** The generated root, narrowed to the two envelopes. */
export interface PbCodec {
  ClientMessage: PbType<Record<string, unknown>>;
  ServerMessage: PbType<PbServerMessage>;
}

const root = process.cwd();
const outDir = join(root, "bench", "protobufjs");
const require = createRequire(join(root, "package.json"));
const pbVersion = (require("protobufjs/package.json") as { version: string }).version;
// Named by the runtime's version, so a module generated for another protobufjs is never reused.
const outFile = join(outDir, `osmium-protobufjs-${pbVersion}.cjs`);
const protoDir = join(root, "proto", "osmium", "client");

function newestProtoMs(): number {
  return Math.max(...readdirSync(protoDir).map((name) => statSync(join(protoDir, name)).mtimeMs));
}

/** Generates the static module when missing or older than proto/, and loads it. */
export async function loadProtobufjs(): Promise<PbCodec> {
  if (!pbVersion.startsWith("7.")) throw new Error(`the bench compares with protobufjs 7 (the official SDK's); found ${pbVersion}`);
  if (!existsSync(outFile) || statSync(outFile).mtimeMs < newestProtoMs()) {
    mkdirSync(outDir, { recursive: true });
    const pbjs = require.resolve("protobufjs-cli/bin/pbjs");
    const files = readdirSync(protoDir).map((name) => join(protoDir, name));
    // Encoders and decoders only: the comparison client needs nothing else (no verify/convert/JSON).
    const flags = ["--no-create", "--no-verify", "--no-convert", "--no-delimited", "--no-typeurl", "--no-service", "--no-comments"];
    execFileSync(process.execPath, [pbjs, "-t", "static-module", "-w", "commonjs", ...flags, "-p", join(root, "proto"), "-o", outFile, ...files], {
      stdio: "inherit",
    });
  }
  // CommonJS, as pbjs writes it for protobufjs 7 (whose package has no ESM entry for its runtime).
  const module = require(outFile) as { osmium: { client: { core: PbCodec } } };
  return module.osmium.client.core;
}
