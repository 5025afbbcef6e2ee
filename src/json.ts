// Results and updates are protobuf-es messages: 64-bit ids are `bigint` and bytes are `Uint8Array`,
// which `JSON.stringify` cannot write (it throws on a bigint). One replacer makes any of them
// loggable and serializable, in Node and in browsers, without the reflective JSON codec.

// Standard base64 with padding, as protobuf-es's base64Encode writes it; btoa() is in every
// runtime the SDK supports, and costs a bundle nothing.
function base64(bytes: Uint8Array): string {
  let binary = "";
  // In slices: a spread of megabytes would overflow the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * A `JSON.stringify` replacer for any result, update or request of the SDK:
 * `JSON.stringify(result, jsonReplacer)`. A `bigint` becomes its decimal string (ids stay exact
 * above 2^53), a `Uint8Array` its base64 string, and protobuf-es's bookkeeping (`$typeName`,
 * `$unknown`) is left out; oneofs keep their `{ case, value }` shape.
 *
 * @example
 * ```ts
 * const sent = await client.messages.sendMessage({ chatRef, message: "hi" });
 * console.log(JSON.stringify(sent, jsonReplacer)); // {"messageId":"386790565288607744"}
 * ```
 */
export function jsonReplacer(key: string, value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Uint8Array) return base64(value);
  if (key === "$typeName" || key === "$unknown") return undefined;
  return value;
}
