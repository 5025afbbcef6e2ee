// `client.updates()`: updates as an async iterator, for `for await` loops. The buffer between the
// socket and a slow consumer is bounded, and overflowing it ends the iterator with an error rather
// than dropping updates silently.
import type { Update } from "../gen/osmium/client/updates_pb.js";
import { InvalidArgumentError, UpdatesOverflowError } from "./errors.js";
import type { UpdateCase, UpdateOf } from "./events.js";

/** Options of `client.updates()`. */
export interface UpdatesOptions<C extends UpdateCase = UpdateCase> {
  /** Ends the iterator (it returns `done`) when aborted. */
  readonly signal?: AbortSignal;
  /** Which updates to yield: a list of cases (narrows the type) or a predicate. @default every update */
  readonly filter?: readonly C[] | ((update: Update) => boolean);
  /**
   * How many updates may wait for the consumer. One more ends the iterator: the buffered updates are
   * still yielded, then `next()` rejects with `UpdatesOverflowError`. @default 1000
   */
  readonly bufferSize?: number;
}

/** Where the iterator gets updates: `subscribe` returns the unsubscribe function. */
export type UpdateSource = (listener: (update: Update) => void) => () => void;

/**
 * Creates the iterator. `register` is called once, at once, with a function that ends the iterator
 * (the client keeps it, to end every iterator when it closes); what `register` returns is called
 * once when the iterator ends, however it ends, so the client can forget it.
 */
export function createUpdatesIterator<C extends UpdateCase>(
  subscribe: UpdateSource,
  options: UpdatesOptions<C>,
  register: (end: () => void) => () => void,
): AsyncIterableIterator<UpdateOf<C>> {
  const bufferSize = options.bufferSize ?? 1000;
  if (!Number.isInteger(bufferSize) || bufferSize < 1) throw new InvalidArgumentError("bufferSize", "must be a positive integer");
  const { filter, signal } = options;
  const accept = typeof filter === "function" ? filter : filter ? (u: Update) => (filter as readonly string[]).includes(u.update.case as string) : undefined;

  const buffer: Update[] = [];
  let head = 0;
  let waiting: ((result: IteratorResult<UpdateOf<C>>) => void) | undefined;
  let ended = false;
  let overflow: UpdatesOverflowError | undefined;

  const push = (update: Update): void => {
    if (accept && !accept(update)) return;
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve({ value: update as UpdateOf<C>, done: false });
    } else if (buffer.length - head >= bufferSize) {
      overflow = new UpdatesOverflowError(bufferSize);
      stop();
    } else {
      buffer.push(update);
    }
  };
  const unsubscribe = subscribe(push);
  const onAbort = (): void => end();
  const forget = register(() => end());
  signal?.addEventListener("abort", onAbort);

  function stop(): void {
    if (ended) return;
    ended = true;
    unsubscribe();
    forget();
    signal?.removeEventListener("abort", onAbort);
  }
  function end(): void {
    stop();
    buffer.length = head = 0;
    overflow = undefined;
    const resolve = waiting;
    waiting = undefined;
    resolve?.({ value: undefined, done: true });
  }
  if (signal?.aborted) end();

  return {
    next(): Promise<IteratorResult<UpdateOf<C>>> {
      if (head < buffer.length) {
        const value = buffer[head++] as UpdateOf<C>;
        // Compact once the consumed prefix dominates, so a long-lived iterator does not grow.
        if (head > 1024 && head * 2 > buffer.length) {
          buffer.splice(0, head);
          head = 0;
        }
        return Promise.resolve({ value, done: false });
      }
      if (overflow) {
        const error = overflow;
        overflow = undefined;
        return Promise.reject(error);
      }
      if (ended) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    return(): Promise<IteratorResult<UpdateOf<C>>> {
      end();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
