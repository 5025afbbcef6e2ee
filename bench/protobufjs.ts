// The comparison client's codec: protobufjs static code generated from our own proto/ with pbjs, as
// the official Osmium SDK does. Generated at bench time into bench/protobufjs/ (gitignored): pbjs
// is a plain script of the protobufjs-cli devDependency and needs no install step.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** One generated message class, as far as the bench uses it. */
export interface PbType<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
}

/** What protobufjs decodes a ServerMessage into (the fields the comparison client reads). */
export interface PbServerMessage {
  id: number;
  result?: { reqId: number; sentMessage?: { messageId: unknown }; error?: { errorCode: number } } | null;
  update?: { messageCreated?: { message?: { message: string } | null } | null } | null;
}

/** The generated root, narrowed to the two envelopes. */
export interface PbCodec {
  ClientMessage: PbType<Record<string, unknown>>;
  ServerMessage: PbType<PbServerMessage>;
}

const root = process.cwd();
const outDir = join(root, "bench", "protobufjs");
const outFile = join(outDir, "osmium.js");
const protoDir = join(root, "proto", "osmium", "client");

function newestProtoMs(): number {
  return Math.max(...readdirSync(protoDir).map((name) => statSync(join(protoDir, name)).mtimeMs));
}

/** Generates the static module when missing or older than proto/, and loads it. */
export async function loadProtobufjs(): Promise<PbCodec> {
  if (!existsSync(outFile) || statSync(outFile).mtimeMs < newestProtoMs()) {
    mkdirSync(outDir, { recursive: true });
    const pbjs = createRequire(join(root, "package.json")).resolve("protobufjs-cli/bin/pbjs");
    const files = readdirSync(protoDir).map((name) => join(protoDir, name));
    // Encoders and decoders only: the comparison client needs nothing else (no verify/convert/JSON).
    const flags = ["--no-create", "--no-verify", "--no-convert", "--no-delimited", "--no-typeurl", "--no-service", "--no-comments"];
    execFileSync(process.execPath, [pbjs, "-t", "static-module", "-w", "es6", ...flags, "-p", join(root, "proto"), "-o", outFile, ...files], {
      stdio: "inherit",
    });
  }
  const module = (await import(pathToFileURL(outFile).href)) as { osmium: { client: { core: PbCodec } } };
  return module.osmium.client.core;
}
