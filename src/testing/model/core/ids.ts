/** Custom epoch of the reference server's snowflakes: 2024-01-01T00:00:00Z. */
const EPOCH_MS = 1_704_067_200_000n;

/**
 * Creates a snowflake generator: `(ms since epoch) << 22 | sequence`, strictly increasing,
 * so that "higher ids are newer" holds as the protocol documents (docs/protocol.md#ids).
 */
export function createIdGenerator(now: () => number): () => bigint {
  let last = 0n;
  return () => {
    const candidate = (BigInt(Math.floor(now())) - EPOCH_MS) << 22n;
    last = candidate > last ? candidate : last + 1n;
    return last;
  };
}
