import type { ServerState } from "./server-state.js";

// The whole server state as JSON and back. State holds Maps, Sets, bigints, bytes and protobuf-es
// messages (plain objects with `$typeName`), so a tagged encoding keeps every value's kind.
// File contents can be large (an upload may be 64 MiB): given a blob store, byte arrays of at least
// BLOB_MIN_BYTES are kept out of the JSON as `{ $blob: name }`, so the JSON stays small and quick to
// write (storage/state-file.ts writes the blobs as files of their own).

/** Byte arrays this long or longer go to the blob store, when there is one. */
export const BLOB_MIN_BYTES = 1024;

/** Where a save puts large byte arrays: returns the name the JSON refers to them by. */
export type BlobSink = (bytes: Uint8Array) => string;
/** Where a load finds them again: the bytes saved under `name`. */
export type BlobSource = (name: string) => Uint8Array;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// Base64 by table, in chunks: btoa/atob go through a binary string one character per byte, which
// takes seconds for a file of tens of MiB.
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const CODES = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) CODES[ALPHABET.charCodeAt(i)] = i;

const toBase64 = (bytes: Uint8Array): string => {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    out[o++] = ALPHABET.charCodeAt(a >> 2);
    out[o++] = ALPHABET.charCodeAt(((a & 3) << 4) | (b >> 4));
    out[o++] = i + 1 < bytes.length ? ALPHABET.charCodeAt(((b & 15) << 2) | (c >> 6)) : 61; // "="
    out[o++] = i + 2 < bytes.length ? ALPHABET.charCodeAt(c & 63) : 61;
  }
  return new TextDecoder("latin1").decode(out);
};

const fromBase64 = (text: string): Uint8Array => {
  const clean = text.replace(/=+$/, "");
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const a = CODES[clean.charCodeAt(i)] as number;
    const b = CODES[clean.charCodeAt(i + 1)] as number;
    const c = CODES[clean.charCodeAt(i + 2)] ?? 0;
    const d = CODES[clean.charCodeAt(i + 3)] ?? 0;
    out[o++] = (a << 2) | (b >> 4);
    if (o < out.length) out[o++] = ((b & 15) << 4) | (c >> 2);
    if (o < out.length) out[o++] = ((c & 3) << 6) | d;
  }
  return out;
};

function encode(value: unknown, blobs: BlobSink | undefined): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return { $bigint: value.toString() };
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Uint8Array) return blobs && value.byteLength >= BLOB_MIN_BYTES ? { $blob: blobs(value) } : { $bytes: toBase64(value) };
  if (value instanceof Map) return { $map: [...value].map(([k, v]) => [encode(k, blobs), encode(v, blobs)]) };
  if (value instanceof Set) return { $set: [...value].map((v) => encode(v, blobs)) };
  if (Array.isArray(value)) return value.map((v) => encode(v, blobs));
  if (typeof value === "object") {
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = encode(v, blobs);
    return out;
  }
  throw new TypeError(`cannot save a ${typeof value} in server state`);
}

function decode(value: Json, blobs: BlobSource): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => decode(v, blobs));
  if (typeof value.$bigint === "string") return BigInt(value.$bigint);
  if (typeof value.$bytes === "string") return fromBase64(value.$bytes);
  if (typeof value.$blob === "string") return blobs(value.$blob);
  if (Array.isArray(value.$map)) return new Map(value.$map.map((e) => [decode((e as Json[])[0] ?? null, blobs), decode((e as Json[])[1] ?? null, blobs)]));
  if (Array.isArray(value.$set)) return new Set(value.$set.map((v) => decode(v, blobs)));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = decode(v, blobs);
  return out;
}

/**
 * The state as a JSON string (every collection of `ServerState`). Without `blobs`, byte arrays are
 * inlined as base64; with it, large ones are handed to `blobs` and referred to by name.
 */
export function saveState(state: ServerState, blobs?: BlobSink): string {
  return JSON.stringify({ version: 1, state: encode(state, blobs) });
}

/** The blob names a saved state refers to, each once (to fetch them before {@link loadState}). */
export function blobNames(json: string): string[] {
  const names = new Set<string>();
  JSON.parse(json, (key, value: unknown) => {
    if (key === "$blob" && typeof value === "string") names.add(value);
    return value;
  });
  return [...names];
}

const noBlobs: BlobSource = (name) => {
  throw new Error(`the state refers to a blob file (${name}): load it from its file with loadStateFile`);
};

/** Replaces the contents of `state` with a saved one; `blobs` gives the bytes the JSON refers to by name. */
export function loadState(state: ServerState, json: string, blobs: BlobSource = noBlobs): void {
  const parsed = JSON.parse(json) as { version?: number; state?: Json };
  if (parsed.version !== 1 || !parsed.state || typeof parsed.state !== "object") throw new Error("not a saved reference-server state (version 1)");
  const saved = decode(parsed.state, blobs) as Record<string, unknown>;
  const target = state as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(saved)) {
    const current = target[key];
    if (current instanceof Map && value instanceof Map) {
      current.clear();
      for (const [k, v] of value) current.set(k, v);
    } else if (Array.isArray(current) && Array.isArray(value)) {
      current.splice(0, current.length, ...value);
    }
  }
}
