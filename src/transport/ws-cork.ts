// The one place that reaches into `ws`'s internals: its net.Socket, kept in the private `_socket`
// once the connection is open. Corking it lets the frames of one event-loop turn leave in one
// write (src/transport/coalesce.ts says why that pays). `_socket` is not part of `ws`'s typed API,
// so every piece is checked before use, and test/client/ws-cork.test.ts fails loudly against a real
// `ws` connection if an upgrade moves or renames it (coalescing would then silently stop).

/** A socket whose writes can be held back and released as one. */
export interface Corkable {
  cork(): void;
  uncork(): void;
}

/** The corkable socket under a `ws` WebSocket, or `undefined` (a browser socket, or `ws` before it opens). */
export function corkableSocketOf(socket: object): Corkable | undefined {
  const raw = (socket as { _socket?: Partial<Corkable> | null })._socket;
  return typeof raw?.cork === "function" && typeof raw.uncork === "function" ? (raw as Corkable) : undefined;
}
