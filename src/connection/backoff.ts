// Reconnect delays: exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff
// And Jitter"): a uniform draw in [0, min(max, initial·2^(n−1))). Full jitter spreads a fleet of
// clients that lost the same server, instead of having them return in lockstep.

/** The reconnect policy, resolved (no optional fields). */
export interface BackoffPolicy {
  /** Upper bound of the first delay. */
  readonly initialDelayMs: number;
  /** Cap of every delay. */
  readonly maxDelayMs: number;
}

/** Delay before reconnect attempt `attempt` (1-based), using `random` in [0, 1). */
export function backoffDelayMs(attempt: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  // 2 ** 1075 is Infinity, and Math.min handles that; cap the exponent anyway to stay in exact integers.
  const ceiling = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.min(attempt - 1, 52));
  return Math.floor(random() * ceiling);
}
