// Runs one task per item with a bounded number in flight: the memory bound of uploads and
// downloads (memory stays bounded however large the file) is `limit` parts, because the next
// item is only pulled from the source once a slot is free.
import { AbortError } from "../../errors.js";

/** Links `outer` to a fresh controller, so one failure can abort the other tasks too (internal). */
export function linkedController(outer: AbortSignal | undefined): { controller: AbortController; unlink: () => void } {
  const controller = new AbortController();
  if (!outer) return { controller, unlink: () => {} };
  const onAbort = () => controller.abort(outer.reason);
  if (outer.aborted) onAbort();
  else outer.addEventListener("abort", onAbort, { once: true });
  return { controller, unlink: () => outer.removeEventListener("abort", onAbort) };
}

/** Resolves with the iterator's next result, or rejects with AbortError when `signal` fires first. */
function nextOrAbort<T>(iterator: AsyncIterator<T>, signal: AbortSignal, method: string): Promise<IteratorResult<T>> {
  if (signal.aborted) return Promise.reject(new AbortError(method, signal.reason));
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new AbortError(method, signal.reason));
    signal.addEventListener("abort", onAbort, { once: true });
    iterator.next().then(
      (result) => {
        signal.removeEventListener("abort", onAbort);
        resolve(result);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Calls `task` for each item of `source`, at most `limit` at once, and resolves when all are done.
 * The first failure (or an abort of `signal`) stops pulling items, aborts the tasks in flight
 * through the signal they are given, waits for them to settle, and is thrown.
 */
export async function runBounded<T>(
  source: AsyncIterable<T> | Iterable<T>,
  limit: number,
  signal: AbortSignal | undefined,
  method: string,
  task: (item: T, signal: AbortSignal) => Promise<void>,
): Promise<void> {
  const { controller, unlink } = linkedController(signal);
  const running = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  let slotFreed: (() => void) | undefined;
  const fail = (error: unknown) => {
    failure ??= { error };
    controller.abort(error);
  };
  const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : toAsync(source[Symbol.iterator]());
  let exhausted = false;
  try {
    while (!failure) {
      const next = await nextOrAbort(iterator, controller.signal, method);
      if (next.done) {
        exhausted = true;
        break;
      }
      const run: Promise<void> = task(next.value, controller.signal)
        .catch(fail)
        .finally(() => {
          running.delete(run);
          slotFreed?.();
        });
      running.add(run);
      while (running.size >= limit && !failure) await new Promise<void>((resolve) => (slotFreed = resolve));
    }
  } catch (error) {
    fail(error);
  }
  // A source we stop early is told so (a file reader closes, a generator runs its `finally`).
  if (!exhausted) void Promise.resolve(iterator.return?.()).catch(() => {});
  while (running.size > 0) await Promise.all(running);
  unlink();
  if (failure) throw failure.error;
}

async function* toAsync<T>(iterator: Iterator<T>): AsyncGenerator<T> {
  for (let next = iterator.next(); !next.done; next = iterator.next()) yield next.value;
}
