// The one loop behind every iterator: fetch a page at a cursor, yield its items, move the cursor.
// It stops at an empty page, checks the signal before each request, and never asks for the same
// page twice: a cursor that does not move in its direction is a server fault (ProtocolError).
import { InvalidArgumentError, ProtocolError } from "../../errors.js";
import type { CallOptions } from "../../rpc-client.js";
import { throwIfAborted, untilAborted } from "../abort.js";
import { splitCallOptions } from "../call-options.js";

/** Options every iterator takes. */
export interface IterateOptions {
  /** Stops the iteration: the loop throws `AbortError`, and the request in flight is aborted. */
  readonly signal?: AbortSignal;
  /** Timeout of each page's call. @default the client's `requestTimeoutMs` */
  readonly timeoutMs?: number;
}

/** One fetched page (internal): its items, and the cursor after its last item. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly next: bigint | undefined;
}

/** Which way ids run from page to page (internal). */
export type Order = "ascending" | "descending";

/** Validates the options shared by every iterator (internal). */
export function checkIterateOptions(options: IterateOptions): void {
  if (typeof options !== "object" || options === null) throw new InvalidArgumentError("options", "must be an object");
  if (options.signal !== undefined && typeof options.signal?.addEventListener !== "function") throw new InvalidArgumentError("signal", "must be an AbortSignal");
}

/** Validates a page size (internal). */
export function checkPageSize(pageSize: number): number {
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 0xffff_ffff) throw new InvalidArgumentError("pageSize", "must be a positive integer");
  return pageSize;
}

/** The per-call options of one page (internal). */
export function callOptions(options: IterateOptions): CallOptions {
  return splitCallOptions(options).call;
}

/**
 * Yields the items of page after page, starting at `first` (`undefined`: the server's default
 * first page). An empty page ends the iteration; a short one does not, because servers may cap
 * the page size below what was asked (the reference server caps at `limits.pageSize`).
 */
export async function* paginate<T>(
  method: string,
  first: bigint | undefined,
  order: Order,
  signal: AbortSignal | undefined,
  fetch: (cursor: bigint | undefined) => Promise<Page<T>>,
): AsyncGenerator<T, void, undefined> {
  let cursor = first;
  for (;;) {
    const page = await untilAborted(method, signal, () => fetch(cursor));
    const next = page.next;
    if (next !== undefined && cursor !== undefined && !(order === "ascending" ? next > cursor : next < cursor)) {
      throw new ProtocolError(`${method}: the server returned a page that does not move past cursor ${cursor}`, { method });
    }
    yield* itemsUntilAborted(page.items, method, signal);
    if (page.items.length === 0 || next === undefined) return;
    cursor = next;
  }
}

/** Yields `items`, but stops with AbortError as soon as `signal` fires, even in the middle of a page (internal). */
export function* itemsUntilAborted<T>(items: Iterable<T>, method: string, signal: AbortSignal | undefined): Generator<T, void, undefined> {
  for (const item of items) {
    throwIfAborted(signal, method);
    yield item;
  }
}
