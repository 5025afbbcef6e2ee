// Retries with exponential backoff for media parts (docs/protocol.md "Media": "retry failed chunk downloads with
// exponential backoff"). Only failures that another attempt can fix are retried.
import { AbortError, InvalidArgumentError, OsmiumError } from "../errors.js";

/** How a failed part is retried. */
export interface RetryOptions {
  /** Attempts in all, the first included; 1 means no retry. @default 4 */
  readonly attempts?: number;
  /** Ceiling of the delay before the second attempt; it doubles for each further one. @default 250 */
  readonly initialDelayMs?: number;
  /** Ceiling of every delay. @default 4_000 */
  readonly maxDelayMs?: number;
}

/** Retry options with defaults filled in (internal). */
export interface RetryPolicy {
  readonly attempts: number;
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
}

/** Validates retry options (`false` means one attempt) and fills in the defaults. */
export function resolveRetry(options: RetryOptions | false | undefined): RetryPolicy {
  if (options === false) return { attempts: 1, initialDelayMs: 0, maxDelayMs: 0 };
  const attempts = options?.attempts ?? 4;
  const initialDelayMs = options?.initialDelayMs ?? 250;
  const maxDelayMs = options?.maxDelayMs ?? 4_000;
  if (!Number.isInteger(attempts) || attempts < 1) throw new InvalidArgumentError("retry.attempts", "must be a positive integer");
  if (!(initialDelayMs >= 0) || !Number.isFinite(initialDelayMs)) throw new InvalidArgumentError("retry.initialDelayMs", "must be a non-negative number");
  if (!(maxDelayMs >= 0) || !Number.isFinite(maxDelayMs)) throw new InvalidArgumentError("retry.maxDelayMs", "must be a non-negative number");
  return { attempts, initialDelayMs, maxDelayMs };
}

/**
 * True when another attempt may succeed: a timeout, a dropped connection, a transport failure, or
 * a server answer meaning "later" (429) or "my fault" (5xx). A 4xx answer or an abort is final.
 */
export function isTransient(error: unknown): boolean {
  if (!OsmiumError.is(error)) return false;
  if (OsmiumError.is(error, "rpc_error")) return error.errorCode === 429 || error.errorCode >= 500;
  return error.code === "timeout" || error.code === "connection_closed" || error.code === "transport_error";
}

/** Waits `ms`, or rejects with AbortError (named `method`) as soon as `signal` fires. */
export function sleep(ms: number, method: string, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortError(method, signal.reason));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortError(method, signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Runs `attempt` until it succeeds, fails with a final error, or runs out of attempts; the error
 * of the last attempt is thrown. Delays grow as `initialDelayMs * 2^(n-1)`, capped at `maxDelayMs`,
 * each between half of that and all of it (jitter spreads retries of parts that failed together).
 */
export async function withRetry<T>(policy: RetryPolicy, method: string, signal: AbortSignal | undefined, attempt: () => Promise<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (n >= policy.attempts || signal?.aborted || !isTransient(error)) throw error;
      const ceiling = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (n - 1));
      await sleep(ceiling / 2 + (Math.random() * ceiling) / 2, method, signal);
    }
  }
}
