import type { ServerState } from "./server-state.js";

// The whole server state as JSON and back. State holds Maps, Sets, bigints, bytes and protobuf-es
// messages (plain objects with `$typeName`), so a tagged encoding keeps every value's kind.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const toBase64 = (bytes: Uint8Array): string => {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
};
const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

function encode(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return { $bigint: value.toString() };
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Uint8Array) return { $bytes: toBase64(value) };
  if (value instanceof Map) return { $map: [...value].map(([k, v]) => [encode(k), encode(v)]) };
  if (value instanceof Set) return { $set: [...value].map(encode) };
  if (Array.isArray(value)) return value.map(encode);
  if (typeof value === "object") {
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = encode(v);
    return out;
  }
  throw new TypeError(`cannot save a ${typeof value} in server state`);
}

function decode(value: Json): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(decode);
  if (typeof value.$bigint === "string") return BigInt(value.$bigint);
  if (typeof value.$bytes === "string") return fromBase64(value.$bytes);
  if (Array.isArray(value.$map)) return new Map(value.$map.map((e) => [decode((e as Json[])[0] ?? null), decode((e as Json[])[1] ?? null)]));
  if (Array.isArray(value.$set)) return new Set(value.$set.map(decode));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = decode(v);
  return out;
}

/** The state as a JSON string (every collection of `ServerState`). */
export function saveState(state: ServerState): string {
  return JSON.stringify({ version: 1, state: encode(state) });
}

/** Replaces the contents of `state` with a saved one. */
export function loadState(state: ServerState, json: string): void {
  const parsed = JSON.parse(json) as { version?: number; state?: Json };
  if (parsed.version !== 1 || !parsed.state || typeof parsed.state !== "object") throw new Error("not a saved reference-server state (version 1)");
  const saved = decode(parsed.state) as Record<string, unknown>;
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
