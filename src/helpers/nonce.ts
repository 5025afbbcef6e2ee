// Random 64-bit nonces: upload ids (docs/protocol.md "Media": chosen by the client) and the client_id of
// local echo (docs/protocol.md "Updates"). They only need to be unlikely to collide among one user's sessions.

const UINT32 = 0x1_0000_0000;

function random32(): number {
  const crypto = (globalThis as { crypto?: { getRandomValues?<T extends Uint32Array>(array: T): T } }).crypto;
  // Node 18 has no global `crypto` without a flag; Math.random is enough for a nonce.
  if (typeof crypto?.getRandomValues === "function") return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
  return Math.floor(Math.random() * UINT32);
}

/**
 * Returns a random unsigned 64-bit id, never 0 (0 reads as "unset" on the wire).
 *
 * @example
 * ```ts
 * const id = randomId64(); // e.g. 14278950318832458941n
 * ```
 */
export function randomId64(): bigint {
  for (;;) {
    const id = (BigInt(random32()) << 32n) | BigInt(random32());
    if (id !== 0n) return id;
  }
}
