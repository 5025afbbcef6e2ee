// The reference server needs Web Crypto (random tokens, password hashing, TOTP) as a global, which
// Node has from 20 on, and browsers, Deno and Bun have too. Node 18 does not: without this check it
// failed deep inside the first `createUser` with "Cannot read properties of undefined".

/** Thrown by `createTestServer()` where the runtime lacks a platform feature the server needs. */
export class UnsupportedRuntimeError extends Error {
  /** Always `"unsupported_runtime"`. */
  readonly code = "unsupported_runtime";
  /** The missing feature, e.g. `"globalThis.crypto.getRandomValues (Web Crypto)"`. */
  readonly feature: string;

  /** Creates the error for the missing `feature`. */
  constructor(feature: string) {
    const node = (globalThis as { process?: { versions?: { node?: string; bun?: string } } }).process?.versions;
    const runtime = node?.node && !node.bun && !("Deno" in globalThis) ? `Node ${node.node}` : "this runtime";
    super(`osmium-chat/testing needs ${feature}, which ${runtime} lacks: use Node 20 or newer, Bun, Deno or a browser`);
    this.name = "UnsupportedRuntimeError";
    this.feature = feature;
  }
}

/** Throws {@link UnsupportedRuntimeError} naming the first missing feature. */
export function assertRuntimeSupport(): void {
  const crypto = (globalThis as { crypto?: Partial<Crypto> }).crypto;
  if (typeof crypto?.getRandomValues !== "function") throw new UnsupportedRuntimeError("globalThis.crypto.getRandomValues (Web Crypto)");
  if (typeof crypto.subtle?.digest !== "function") throw new UnsupportedRuntimeError("globalThis.crypto.subtle (Web Crypto)");
}
