// How the helpers that make several calls (pagination, uploads, downloads) report an abort: once
// their signal fired, whatever failure follows (a part's AbortError, a closed connection) is a
// consequence of it, so they reject with one AbortError naming the helper, carrying the signal's reason.
import { AbortError } from "../errors.js";

/** Throws AbortError for `method` when `signal` has fired. */
export function throwIfAborted(signal: AbortSignal | undefined, method: string): void {
  if (signal?.aborted) throw new AbortError(method, signal.reason);
}

/** What a failed operation throws: AbortError for `method` when `signal` fired, else `error` itself. */
export function abortedOr(error: unknown, method: string, signal: AbortSignal | undefined): unknown {
  return signal?.aborted ? new AbortError(method, signal.reason) : error;
}

/** Runs `work` unless `signal` fired already; a failure after the signal fired becomes AbortError. */
export async function untilAborted<T>(method: string, signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
  throwIfAborted(signal, method);
  try {
    return await work();
  } catch (error) {
    throw abortedOr(error, method, signal);
  }
}
