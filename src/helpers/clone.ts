// A deep copy of a message, as protobuf-es's clone() makes one, but read from the message itself
// (a message is plain data: objects, arrays, bytes, bigints), so helpers need no descriptor for it.

function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (value instanceof Uint8Array) return value.slice();
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key]);
  return out;
}

/** A deep copy of `message`: nested messages, oneofs, lists, bytes and unknown fields are copies too. */
export function cloneMessage<T extends object>(message: T): T {
  return copy(message) as T;
}
