/** A promise with its settle functions, for `connect()` (one per connect, not per call). */
export interface Deferred<T, E = unknown> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(error: E): void;
}

/** Creates a Deferred. */
export function deferred<T, E = unknown>(): Deferred<T, E> {
  let resolve!: (value: T) => void;
  let reject!: (error: E) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
