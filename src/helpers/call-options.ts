// Helpers take one options object: their own fields mixed with the per-call options. This splits
// them, so only `signal` and `timeoutMs` (those given) reach the call.
import type { CallOptions } from "../rpc-client.js";

/** Splits `options` into the per-call options it sets and the rest. */
export function splitCallOptions<T extends CallOptions>(options: T): { call: CallOptions; fields: Omit<T, "signal" | "timeoutMs"> } {
  const { signal, timeoutMs, ...fields } = options;
  return { call: { ...(signal ? { signal } : {}), ...(timeoutMs !== undefined ? { timeoutMs } : {}) }, fields };
}
